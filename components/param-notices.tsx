import type { ParamNotice } from "@/lib/params/search-params";

export type ParamNoticesProps = { notices: readonly ParamNotice[] };

/** Tells the reader which URL parameters were ignored or corrected, instead of failing the page. */
export function ParamNotices({ notices }: ParamNoticesProps) {
  if (notices.length === 0) return null;
  return (
    <div role="status" className="mb-6 rounded border border-amber-600/50 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
      <p className="font-semibold">Some of the link’s settings could not be used:</p>
      <ul className="mt-1 list-disc pl-5">
        {notices.map((notice, index) => (
          <li key={`${notice.param}-${index}`}>{notice.message}</li>
        ))}
      </ul>
    </div>
  );
}
