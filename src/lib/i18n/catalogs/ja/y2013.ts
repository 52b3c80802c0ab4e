/** The Japanese catalog: y2013. Keys are `y2013.…`. */
export const y2013 = {};
