// oidc-provider 9 ships no types; the tests use it through this minimal surface.
declare module 'oidc-provider' {
  interface KoaContext {
    path: string;
    method: string;
    body: any;
    oidc: any;
  }
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (req: unknown, res: unknown) => void;
    use(middleware: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): void;
    proxy: boolean;
  }
}
