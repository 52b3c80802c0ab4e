/** The Japanese catalog: data. Keys are `data.…`. */
export const data = {};
