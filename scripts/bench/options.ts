// `npm run bench` options: parsed and checked in one place, so a bad one stops the run with a message.
import { parseFlags } from "./cli-flags";

export const BENCH_USAGE =
  "usage: npm run bench -- [--scale 100|1000|100,1000] [--requests N] [--runs N] [--build-runs N] [--port N] [--no-build] [--only cold-start]";

export type BenchOptions = {
  scales: number[];
  /** Requests in each load-test run. */
  requests: number;
  /** Load-test runs. */
  runs: number;
  /** Builds per scale; undefined: 3 at 100x and below, 1 above. */
  buildRuns: number | undefined;
  port: number;
  skipBuild: boolean;
  /** `cold-start`: time only the cold starts (no filters, build or server); undefined: everything. */
  only?: "cold-start";
};

const KNOWN = new Set(["scale", "requests", "runs", "build-runs", "port", "no-build", "only"]);

function wholeNumber(name: string, value: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined || !/^\d+$/.test(value.trim())) throw new Error(`--${name} needs a whole number, got ${value === undefined ? "nothing" : `“${value}”`}`);
  const number = Number(value);
  if (number < min || number > max) {
    throw new Error(`--${name} must be ${max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`}, got ${number}`);
  }
  return number;
}

/** Options from the command line, falling back to BENCH_* environment variables; throws on a bad one. */
export function parseBenchOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): BenchOptions {
  // A bare word is only allowed as the value of the option before it (`--scale 100`).
  const stray = argv.find((arg, i) => !arg.startsWith("--") && !(argv[i - 1]?.startsWith("--") && !argv[i - 1]!.includes("=")));
  if (stray !== undefined) throw new Error(`unexpected argument “${stray}”`);
  const flags = parseFlags(argv);
  const unknown = [...flags.keys()].filter((name) => !KNOWN.has(name));
  if (unknown.length > 0) throw new Error(`unknown option${unknown.length > 1 ? "s" : ""}: ${unknown.map((n) => `--${n}`).join(", ")}`);
  if (flags.has("no-build") && flags.get("no-build") !== undefined) throw new Error(`--no-build takes no value, got “${flags.get("no-build")}”`);
  const value = (name: string, envName: string, fallback?: string) => (flags.has(name) ? flags.get(name) : (env[envName] ?? fallback));
  const scaleText = value("scale", "BENCH_SCALE", "100,1000");
  const scales = scaleText === undefined ? [wholeNumber("scale", undefined, 1)] : scaleText.split(",").map((s) => wholeNumber("scale", s, 1));
  const buildRunsText = value("build-runs", "BENCH_BUILD_RUNS");
  const only = flags.get("only");
  if (flags.has("only") && only !== "cold-start") throw new Error(`--only takes “cold-start”, got ${only === undefined ? "nothing" : `“${only}”`}`);
  return {
    scales,
    requests: wholeNumber("requests", value("requests", "BENCH_REQUESTS", "1000"), 1),
    runs: wholeNumber("runs", value("runs", "BENCH_RUNS", "3"), 1),
    buildRuns: buildRunsText === undefined ? undefined : wholeNumber("build-runs", buildRunsText, 1),
    port: wholeNumber("port", value("port", "BENCH_PORT", "3106"), 1024, 65535),
    skipBuild: flags.has("no-build"),
    ...(only === "cold-start" ? { only } : {}),
  };
}
