/** The Japanese catalog: fy2024. Keys are `fy2024.…`. */
export const fy2024 = {};
