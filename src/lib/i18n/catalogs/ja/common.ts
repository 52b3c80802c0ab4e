/** The Japanese catalog: common. Keys are `common.…`. */
export const common = {};
