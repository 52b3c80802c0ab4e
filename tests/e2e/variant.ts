/**
 * The variant build's server (scripts/build-variant.ts: the public address, the FY2025 fixture and markup in a title
 * at once), started by playwright.config.ts beside the default build's; tests reach the default build by baseURL.
 */
export function variantURL(): string {
  const url = process.env['KPE_VARIANT_URL'];
  if (!url) throw new Error('KPE_VARIANT_URL is unset: run the browser tests through playwright.config.ts');
  return url;
}
