/** The Japanese catalog: home. Keys are `home.…`. */
export const home = {};
