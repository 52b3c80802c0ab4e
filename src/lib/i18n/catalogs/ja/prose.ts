/** The Japanese catalog: prose. Keys are `prose.…`. */
export const prose = {};
