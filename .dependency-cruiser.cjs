// Layer rules, run by `npm run lint`. Data flows one way: app → components → lib (see README, "How the code is laid out").
// pages/ (the Pages Router's timeline views, sent without React on the client) is app/'s sibling: the top layer.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "lib-not-to-components-or-app",
      comment: "lib/ is the bottom layer: it never imports components/, app/ or pages/ (type-only imports included).",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(components|app|pages)/" },
    },
    {
      name: "components-not-to-app",
      comment: "components/ are presentational pieces that app/ and pages/ routes use, never the other way round.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^(app|pages)/" },
    },
    {
      name: "lib-not-to-proxy",
      comment: "proxy.ts sits in front of the routes; lib/ must not depend on it.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^proxy\\.ts$" },
    },
    {
      name: "scripts-not-to-tests",
      comment: "scripts/ run in CI and by hand; test support code is not part of them.",
      severity: "error",
      from: { path: "^scripts/" },
      to: { path: "^tests/" },
    },
    {
      name: "no-circular",
      comment: "A module that reaches itself through its imports.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-circular-lib-folders",
      comment:
        "lib/<a> ↔ lib/<b> at folder level (e.g. lib/format → lib/queries → lib/format), even when no single module cycles.",
      severity: "error",
      scope: "folder",
      from: { path: "^lib/[^/]+" },
      to: { path: "^lib/[^/]+", circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count: a type from a higher layer still couples the layers.
    tsPreCompilationDeps: true,
    // Resolves the `@/…` path alias.
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
