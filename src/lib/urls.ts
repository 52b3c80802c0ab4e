/** Site paths of records: the permalink scheme documented in the README. Pages and open data both use these. */

export const projectUrl = (id: string): string => `/fy2024/projects/${id}/`;
export const visionUrl = (number: number): string => `/fy2024/visions/${number}/`;
export const priorityUrl = (number: number): string => `/fy2024/priorities/${number}/`;
export const wardUrl = (id: string): string => `/fy2024/wards/${id}/`;
export const itemUrl = (no: number): string => `/2013/items/${no}/`;
export const partUrl = (id: string): string => `/2013/parts/${id}/`;
export const categoryUrl = (id: string): string => `/2013/categories/${id}/`;
/** A sub-item's place on its item's page. */
export const subitemUrl = (no: number, id: string): string => `${itemUrl(no)}#s-${id}`;
