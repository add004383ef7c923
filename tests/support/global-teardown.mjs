export default async function globalTeardown() {
  await globalThis.__trajectTestPostgres?.stop();
}
