// Types for scripts/test-timings.mjs (plain JavaScript, run by node without a compile step).
export type TimedFile = { file: string; ms: number; tests: number };
export type TimedTest = { file: string; title: string; ms: number };
export type Timings = { files: TimedFile[]; tests: TimedTest[] };
export type StepTiming = { name: string; ms?: number; ok: boolean };

export function formatDuration(ms: number): string;
export function vitestTimings(report: unknown, root?: string): Timings;
export function playwrightTimings(report: unknown): Timings;
export function slowest<T extends { ms: number; file: string; title?: string }>(records: readonly T[], count: number): T[];
export function timingsMarkdown(input: { steps: readonly StepTiming[]; vitest?: Timings; playwright?: Timings; top?: number }): string;
