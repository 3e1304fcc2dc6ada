// The cached timeline views (pages/timeline-view) are sent as HTML alone, without React. This script does
// what their client components do after hydration on the per-request /timeline: copy-link buttons, the
// permalink highlight, the filter form applying each change in place, and the "Embed this" snippet.
// Without it the page still works: links, a GET form, `:target`.

/** Typing pauses this long before the results update (components/timeline/filter-form-shell.tsx). */
const TYPING_DELAY_MS = 350;
/** How long "Link copied" stays (components/use-clipboard.ts). */
const CONFIRM_MS = 2500;
const WIDE_QUERY = "(min-width: 64rem)";
const HIGHLIGHT = "is-highlighted";
const TIMELINE_PATH = "/timeline";
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TYPED = new Set(["search", "text", "date"]);

/** The form's fields as a query string, leaving out blanks and the default order so URLs stay short. */
export function formQuery(entries) {
  const query = new URLSearchParams();
  for (const [name, value] of entries) {
    if (typeof value !== "string") continue;
    const trimmed = value.trim();
    if (!trimmed || (name === "order" && trimmed === "newest")) continue;
    query.append(name, trimmed);
  }
  return query.toString();
}

/**
 * Where `/timeline#<id>` goes when the entry is not on this page: the page holding it, via `?entry=<id>`.
 * Undefined when the fragment is not an entry id, or the server was already asked (its notice explains).
 */
export function entryLocation(search, id) {
  if (!SLUG.test(id)) return undefined;
  const query = new URLSearchParams(search);
  if (query.has("entry")) return undefined;
  query.delete("p");
  query.delete("page");
  query.set("entry", id);
  return `${TIMELINE_PATH}?${query.toString()}#${id}`;
}

/** The entry title from a control's hidden text, ` to “<title>”`. */
export function titleOfLabel(text) {
  return text.replace(/^ to “/, "").replace(/”$/, "");
}

function hashId() {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return "";
  }
}

/** Highlights the entry the fragment names, scrolling to it; opens the page holding it if not here. */
function applyHash() {
  const id = hashId();
  for (const element of document.querySelectorAll(`.${HIGHLIGHT}`)) element.classList.remove(HIGHLIGHT);
  if (!id || !SLUG.test(id)) return;
  const element = document.getElementById(id);
  if (element) {
    element.classList.add(HIGHLIGHT);
    const box = element.getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight) element.scrollIntoView({ block: "start" });
    return;
  }
  const location = entryLocation(window.location.search, id);
  if (location) window.location.replace(location);
}

/** The permalink becomes a "Copy link" button, as the React CopyLink renders once hydrated. */
function upgradeCopyLinks(root) {
  for (const link of root.querySelectorAll(".copy-link > a.entry-action")) {
    const holder = link.parentElement;
    const status = holder.querySelector('[role="status"]');
    const hidden = link.querySelector(".sr-only");
    const title = titleOfLabel(hidden ? hidden.textContent : "");
    const href = link.getAttribute("href");
    const button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    const icon = link.querySelector("svg");
    if (icon) button.append(icon);
    button.append("Copy link");
    if (hidden) button.append(hidden);
    link.replaceWith(button);
    let timer;
    button.addEventListener("click", async () => {
      const url = new URL(href, window.location.href).href;
      window.clearTimeout(timer);
      holder.querySelector("input")?.remove();
      try {
        if (!navigator.clipboard?.writeText) throw new Error("Clipboard API unavailable");
        await navigator.clipboard.writeText(url);
        status.textContent = "Link copied";
        timer = window.setTimeout(() => (status.textContent = ""), CONFIRM_MS);
      } catch {
        status.textContent = "Copy this link:";
        const field = document.createElement("input");
        field.readOnly = true;
        field.value = url;
        field.setAttribute("aria-label", `Link to “${title}”`);
        field.className = "w-full min-w-0 rounded border border-rule bg-bg px-2 py-1 font-mono text-xs text-ink sm:w-80";
        field.addEventListener("focus", () => field.select());
        holder.append(field);
        field.select();
      }
    });
  }
}

/** "Embed this": the snippet on this page's origin (when the build did not know it) and its copy button. */
function enhanceEmbed(root) {
  for (const details of root.querySelectorAll("details.embed-this")) {
    const field = details.querySelector("textarea");
    const button = details.querySelector("button");
    const status = details.querySelector('[role="status"]');
    if (!field || !button || !status) continue;
    if (field.value.includes('src="/')) {
      field.value = field.value.replace('src="/', `src="${window.location.origin}/`);
      const label = details.querySelector("label");
      for (const node of label ? label.childNodes : []) if (node.nodeType === Node.TEXT_NODE && node.data.startsWith(" (add this site")) node.remove();
    }
    field.addEventListener("focus", () => field.select());
    button.addEventListener("click", async () => {
      try {
        if (!navigator.clipboard?.writeText) throw new Error("Clipboard API unavailable");
        await navigator.clipboard.writeText(field.value);
        status.textContent = "Copied";
      } catch {
        status.textContent = "Select the code above and copy it";
      }
    });
  }
}

/** The reader's place in the form: the open disclosure, the focused field and its caret, what was typed. */
function snapshot(form, details) {
  const focused = document.activeElement;
  const typed = {};
  for (const element of form.elements) {
    if (element instanceof HTMLInputElement && element.name && TYPED.has(element.type)) typed[element.name] = element.value;
  }
  const caret = focused instanceof HTMLInputElement && (focused.type === "search" || focused.type === "text");
  return {
    open: details ? details.open : false,
    focus:
      focused instanceof HTMLInputElement && focused.form === form && focused.name
        ? { name: focused.name, start: caret ? focused.selectionStart : null, end: caret ? focused.selectionEnd : null }
        : undefined,
    typed,
  };
}

let timer;
let requested = 0;
/** The address of the view on screen, so a fragment-only history step is left to `hashchange`. */
let shown = "";

function filterForm() {
  return document.querySelector('form[aria-label="Filter the timeline"]');
}

/**
 * Applies the form's values as a new view without leaving the page: the view's HTML is fetched (a cached
 * page) and its `<main>` and head tags replace these; the form then takes back the reader's place.
 */
async function showView(url, mode) {
  window.clearTimeout(timer);
  const request = ++requested;
  const form = filterForm();
  form?.setAttribute("aria-busy", "true");
  let html;
  let address;
  try {
    const response = await fetch(url, { headers: { accept: "text/html" } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    html = await response.text();
    address = new URL(response.url);
  } catch {
    if (request === requested) window.location.assign(url);
    return;
  }
  if (request !== requested) return;
  const next = new DOMParser().parseFromString(html, "text/html");
  const main = next.querySelector("main#main");
  const current = document.querySelector("main#main");
  if (!main || !current || !next.querySelector(".timeline-results")) {
    window.location.assign(url);
    return;
  }
  const oldForm = filterForm();
  const carried = oldForm ? snapshot(oldForm, oldForm.closest("details")) : undefined;
  shown = `${address.pathname}${address.search}`;
  if (mode === "push") history.pushState({ timeline: true }, "", shown);
  else if (mode === "replace") history.replaceState({ timeline: true }, "", shown);
  replaceHead(next);
  current.replaceWith(document.adoptNode(main));
  enhance(main);
  if (carried) restore(carried);
}

/** Title, description, canonical link, feeds, Open Graph and Twitter tags of the new view. */
function replaceHead(next) {
  const selector = 'meta[name="description"], link[rel="canonical"], link[rel="alternate"], meta[property^="og:"], meta[name^="twitter:"]';
  document.title = next.title;
  for (const element of document.head.querySelectorAll(selector)) element.remove();
  for (const element of next.head.querySelectorAll(selector)) document.head.append(document.adoptNode(element));
}

function restore(carried) {
  const form = filterForm();
  if (!form) return;
  const details = form.closest("details");
  if (carried.open && details) details.open = true;
  let typedSince = false;
  for (const [name, value] of Object.entries(carried.typed)) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement && field.value !== value) {
      field.value = value;
      typedSince = true;
    }
  }
  const focus = carried.focus && form.elements.namedItem(carried.focus.name);
  if (focus instanceof HTMLInputElement) {
    focus.focus({ preventScroll: true });
    if (carried.focus.start != null) focus.setSelectionRange(carried.focus.start, carried.focus.end ?? carried.focus.start);
  }
  // Keys pressed while the view loaded still count: ask for the view they describe.
  if (typedSince) timer = window.setTimeout(() => navigate("replace"), TYPING_DELAY_MS);
}

function navigate(mode) {
  const form = filterForm();
  if (!form) return;
  const query = formQuery(new FormData(form));
  showView(query ? `${TIMELINE_PATH}?${query}` : TIMELINE_PATH, mode);
}

/** The filter form, wired once per page: its events bubble to the document, whichever form is shown. */
function enhanceForm() {
  // A box ticked is a new view at once.
  document.addEventListener("change", (event) => {
    const field = event.target;
    if (field instanceof HTMLInputElement && field.form === filterForm() && !TYPED.has(field.type)) navigate("push");
  });
  // Typed values (text, dates) settle first; one history entry per pause, not per key.
  document.addEventListener("input", (event) => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement) || field.form !== filterForm() || !TYPED.has(field.type)) return;
    if (field.type === "date" && !field.validity.valid) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => navigate("replace"), TYPING_DELAY_MS);
  });
  document.addEventListener("submit", (event) => {
    if (event.target !== filterForm()) return;
    event.preventDefault();
    navigate("push");
  });
  // Back and Forward between views shown in place: show the view the address names.
  window.addEventListener("popstate", () => {
    const address = `${window.location.pathname}${window.location.search}`;
    if (address !== shown && window.location.pathname === TIMELINE_PATH) showView(address, "none");
  });
  // A page restored from the back-forward cache may still be marked busy.
  window.addEventListener("pageshow", () => filterForm()?.setAttribute("aria-busy", "false"));
  // Beside the list on wide screens; a closed disclosure above it on phones.
  const wide = window.matchMedia(WIDE_QUERY);
  const open = () => {
    const details = filterForm()?.closest("details");
    if (wide.matches && details) details.open = true;
  };
  open();
  wide.addEventListener("change", open);
}

/** A step of laying out cards stops once it has taken this long, far from a long task (50 ms). */
const LAYOUT_STEP_MS = 12;

/**
 * Cards out of view start unlaid (`content-visibility: auto`, app/timeline/timeline.css) so the first
 * headline paints early. Once the page is idle, lay the rest out a few at a time, each step measured and
 * kept short, so the scrollbar, find-in-page and tools that measure every card see the whole page.
 */
function layOutCardsWhenIdle(root) {
  const cards = [...root.querySelectorAll(".timeline-results .entry-card:not(.is-laid-out)")];
  const later = (step) => (window.requestIdleCallback ? window.requestIdleCallback(step) : window.setTimeout(step, 50));
  const step = () => {
    const started = performance.now();
    while (cards.length > 0 && performance.now() - started < LAYOUT_STEP_MS) {
      const card = cards.shift();
      if (!card.isConnected) continue;
      card.classList.add("is-laid-out");
      // Lay this card out now, inside the step, rather than all of them in the next frame.
      void card.offsetHeight;
    }
    if (cards.length > 0) later(step);
  };
  later(step);
}

function enhance(root) {
  upgradeCopyLinks(root);
  enhanceEmbed(root);
  layOutCardsWhenIdle(root);
  const details = filterForm()?.closest("details");
  if (details && window.matchMedia(WIDE_QUERY).matches) details.open = true;
  applyHash();
}

if (typeof document !== "undefined" && document.querySelector(".timeline-results")) {
  shown = `${window.location.pathname}${window.location.search}`;
  history.replaceState({ timeline: true }, "", window.location.href);
  enhanceForm();
  enhance(document);
  window.addEventListener("hashchange", applyHash);
}
