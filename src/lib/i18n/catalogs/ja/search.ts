/** The Japanese catalog: search. Keys are `search.…`. */
export const search = {};
