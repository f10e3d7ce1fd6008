"use strict";
// The review page. Everything from the database is inserted as text nodes, never as markup.
(() => {
  const antiforgery = document.querySelector('meta[name="factcheck-antiforgery"]').content;
  const pageSize = Number(document.querySelector('meta[name="factcheck-page-size"]').content) || 200;
  const verdictKeys = { c: "confirmed", d: "dismissed", e: "explained", f: "follow-up" };
  const $ = id => document.getElementById(id);
  // The page holds one window of the queue; the server keeps the rest. Moving past its end fetches the
  // next window, asked for ahead of time as the reviewer nears an edge, so a key press stays instant.
  let held = { flags: [], position: 0, total: 0 };
  let counts = { all: 0, reviewed: 0, total: 0 };
  let index = 0;
  let fetching = null;
  let pending = 0; // steps pressed while a window was on its way, taken once it arrives
  const ahead = new Map(); // "after:id" or "before:id" -> the window's promise
  const decided = []; // flag ids decided in this session, newest last, for undo

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === "class") node.className = value;
      else node.setAttribute(name, value);
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  const isDecided = flag => !flag.stale && flag.verdict !== "unreviewed";
  const verdictLabel = flag => flag.stale ? `${flag.verdict} (stale)` : flag.verdict;
  const current = () => held.flags[index];

  function say(message, isError) {
    const status = $("status");
    status.textContent = message;
    status.className = isError ? "error" : "";
  }

  async function fetchWindow(cursor) {
    const query = new URLSearchParams({
      status: $("filter-status").value, rule: $("filter-rule").value, severity: $("filter-severity").value, limit: String(pageSize),
    });
    if (cursor) query.set(cursor.after ? "after" : "before", cursor.after || cursor.before);
    const response = await fetch(`/api/queue?${query}`, { credentials: "same-origin" });
    if (!response.ok) throw new Error(await response.text());
    return response.json();
  }

  // Only a fresh start brings the counts of the whole queue; a window after or before the one held
  // starts where that one ends, and verdicts keep the reviewed count up to date.
  function take(data, position) {
    if (data.counts) counts = { all: data.counts.all, reviewed: data.counts.reviewed, total: data.counts.total };
    held = { flags: data.flags, position, total: counts.total };
  }

  async function load() {
    const data = await fetchWindow(null);
    $("reviewer").textContent = data.reviewer;
    const status = $("filter-status");
    for (const verdict of data.verdicts) status.append(el("option", { value: verdict }, verdict));
    const rules = $("filter-rule");
    for (const rule of data.rules) rules.append(el("option", { value: rule }, rule));
    take(data, 0);
    index = 0;
    render();
  }

  async function applyFilters() {
    ahead.clear();
    try {
      take(await fetchWindow(null), 0);
      index = 0;
      render();
    } catch (error) { say(String(error.message || error), true); }
  }

  function render() {
    $("progress-text").textContent = `${counts.reviewed} of ${counts.all} reviewed`;
    $("progress-bar").max = Math.max(counts.all, 1);
    $("progress-bar").value = counts.reviewed;
    renderQueue();
    renderFlag();
  }

  function renderQueue() {
    const list = $("queue");
    list.replaceChildren(...held.flags.map((flag, i) => {
      const item = el("li", { "data-flag": flag.id, class: i === index ? "current" : "" },
        el("span", { class: `severity ${flag.severity}` }, flag.severity), " ",
        el("span", { class: "verdict" }, verdictLabel(flag)), el("br"), flag.message);
      item.addEventListener("click", () => select(i));
      return item;
    }));
    const chosen = list.children[index];
    if (chosen) chosen.scrollIntoView({ block: "nearest" });
  }

  // Moves the highlight within the window without rebuilding the list.
  function select(i) {
    const list = $("queue");
    if (list.children[index]) list.children[index].classList.remove("current");
    index = i;
    const chosen = list.children[index];
    if (chosen) { chosen.classList.add("current"); chosen.scrollIntoView({ block: "nearest" }); }
    renderFlag();
    prefetch();
  }

  const nextCursor = () => held.flags.length && held.position + held.flags.length < held.total
    ? { after: held.flags[held.flags.length - 1].id } : null;
  const previousCursor = () => held.flags.length && held.position > 0 ? { before: held.flags[0].id } : null;

  function windowAt(cursor) {
    const key = cursor.after ? `after:${cursor.after}` : `before:${cursor.before}`;
    if (!ahead.has(key)) ahead.set(key, fetchWindow(cursor).catch(error => { ahead.delete(key); throw error; }));
    return ahead.get(key);
  }

  function prefetch() {
    const margin = Math.min(20, Math.floor(pageSize / 2));
    const next = nextCursor(), previous = previousCursor();
    if (next && index >= held.flags.length - 1 - margin) windowAt(next).catch(() => {});
    if (previous && index <= margin) windowAt(previous).catch(() => {});
  }

  async function turn(cursor, landAt) {
    if (fetching) return;
    pending = 0;
    fetching = windowAt(cursor);
    try {
      const data = await fetching;
      ahead.clear();
      if (!data.flags.length) return; // the flags beyond were taken out of the filter meanwhile
      take(data, cursor.after ? held.position + held.flags.length : Math.max(held.position - data.flags.length, 0));
      index = landAt === "last" ? Math.max(held.flags.length - 1, 0) : 0;
      render();
      prefetch();
    } catch (error) { say(String(error.message || error), true); }
    finally { fetching = null; }
    if (pending) { const steps = pending; pending = 0; move(steps); }
  }

  function paragraph(claim) {
    const text = claim.paragraph;
    const clamp = n => Math.min(Math.max(n, 0), text.length);
    const s0 = clamp(claim.sentenceStart), s1 = clamp(claim.sentenceEnd);
    const f0 = clamp(claim.figureStart), f1 = clamp(claim.figureEnd);
    const sentence = f0 >= s0 && f1 <= s1 && f0 < f1
      ? el("mark", {}, text.slice(s0, f0), el("strong", {}, text.slice(f0, f1)), text.slice(f1, s1))
      : el("mark", {}, text.slice(s0, s1));
    return el("blockquote", {}, text.slice(0, s0), sentence, text.slice(s1));
  }

  function claimCard(claim) {
    const link = el("a", { href: `/document?path=${encodeURIComponent(claim.document)}#${encodeURIComponent(claim.id)}`, target: "_blank", rel: "noopener noreferrer" },
      "open the document");
    return el("section", { class: "claim", "data-claim": claim.id },
      el("div", { class: "figure" }, claim.figure),
      el("div", { class: "who" }, `${claim.claimant}${claim.date ? " · " + claim.date : ""}`),
      el("div", {}, `${claim.metric} · ${claim.subject}`),
      el("div", { class: "event" }, `event: ${claim.event}`),
      paragraph(claim),
      el("div", { class: "source", title: claim.documentTitle }, link, " · ", claim.documentTitle));
  }

  function renderFlag() {
    const main = $("flag");
    const flag = current();
    if (!flag) {
      main.replaceChildren(el("p", { class: "empty" }, counts.all ? "No flag matches these filters." : "No discrepancies to review. Run factcheck check first."));
      return;
    }
    const conditions = el("table", {}, ...flag.conditions.map(c => el("tr", {},
      el("td", { class: c.passed ? "passed" : "failed" }, c.passed ? "✓" : "✗"), el("td", {}, c.name), el("td", {}, c.inputs))));
    const buttons = Object.entries(verdictKeys).map(([key, verdict]) => {
      const button = el("button", { type: "button", "data-verdict": verdict, class: flag.verdict === verdict && !flag.stale ? "chosen" : "" }, `${key} · ${verdict}`);
      button.addEventListener("click", () => decide(verdict));
      return button;
    });
    const undo = el("button", { type: "button" }, "u · undo");
    undo.addEventListener("click", undoLast);
    const note = el("textarea", { id: "note", placeholder: "n: a note, saved with the next verdict (Enter or Esc to return to the keys)" });
    note.value = flag.draft || "";
    note.addEventListener("input", () => { flag.draft = note.value; });
    note.addEventListener("keydown", event => {
      if (event.key === "Escape" || (event.key === "Enter" && !event.shiftKey)) { event.preventDefault(); note.blur(); $("flag").focus(); }
    });
    const history = flag.history.length
      ? el("ul", { class: "history" }, ...flag.history.map(h => el("li", {},
          `${h.at} ${h.reviewer}: ${h.verdict}${h.note ? " — " + h.note : ""}${h.flag !== flag.id ? " (on earlier figures)" : ""}`)))
      : el("p", { class: "history" }, "No verdict yet.");
    main.replaceChildren(
      el("p", {}, el("span", { class: `severity ${flag.severity}` }, flag.severity), ` ${flag.rule} · ${flag.id} · ${held.position + index + 1} of ${held.total}`),
      el("h2", {}, flag.message),
      el("div", { class: "sides" }, ...flag.claims.map(claimCard)),
      el("section", { class: "decision" },
        el("span", { class: "current-verdict" + (flag.stale ? " stale" : ""), id: "current-verdict" },
          flag.stale ? `${flag.verdict}, recorded on earlier figures: decide again` : flag.verdict),
        ...buttons, undo, note),
      el("section", { class: "explanation" }, el("strong", {}, "Why it was flagged"), conditions),
      el("section", {}, el("strong", {}, "History"), history));
  }

  function replace(result) {
    const updated = Object.assign(result, { draft: "" });
    const before = held.flags.find(f => f.id === updated.id);
    if (before) counts.reviewed += (isDecided(updated) ? 1 : 0) - (isDecided(before) ? 1 : 0);
    held.flags = held.flags.map(f => f.id === updated.id ? updated : f);
    return updated;
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-FactCheck-Antiforgery": antiforgery },
      body: JSON.stringify(body || {}),
    });
    if (!response.ok) throw new Error(await response.text());
    return response.json();
  }

  async function decide(verdict) {
    const flag = current();
    if (!flag) return;
    try {
      replace(await post(`/api/flags/${encodeURIComponent(flag.id)}/verdict`, { verdict, note: flag.draft || null }));
      decided.push(flag.id);
      say(`saved: ${verdict}`);
      const next = held.flags.findIndex((f, i) => i > index && !isDecided(f));
      if (next >= 0) index = next;
      else if (index < held.flags.length - 1) index++;
      else if (nextCursor()) { render(); await turn(nextCursor(), "first"); return; }
      render();
      prefetch();
    } catch (error) { say(String(error.message || error), true); }
  }

  async function undoLast() {
    const id = decided.length ? decided[decided.length - 1] : current() && current().id;
    if (!id) return;
    try {
      const inWindow = held.flags.some(f => f.id === id);
      const updated = replace(await post(`/api/flags/${encodeURIComponent(id)}/undo`));
      // A flag decided last in the window before: its verdict counted, and the reviewer goes back to it.
      if (!inWindow) counts.reviewed += (isDecided(updated) ? 1 : 0) - 1;
      if (decided.length) decided.pop();
      ahead.clear(); // the flag undone may sit in a window fetched ahead
      if (!inWindow && previousCursor()) await turn(previousCursor(), "last");
      const at = held.flags.findIndex(f => f.id === id);
      if (at >= 0) index = at;
      say(`undone: ${id} is ${updated.verdict} again`);
      render();
    } catch (error) { say(String(error.message || error), true); }
  }

  function move(step) {
    if (fetching) { pending += step; return; }
    const to = Math.min(Math.max(index + step, -1), held.flags.length);
    if (to >= 0 && to < held.flags.length) select(to);
    else if (to >= held.flags.length && nextCursor()) turn(nextCursor(), "first");
    else if (to < 0 && previousCursor()) turn(previousCursor(), "last");
  }

  document.addEventListener("keydown", event => {
    const target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement || target instanceof HTMLSelectElement) return;
    if (event.key === "j") move(1);
    else if (event.key === "k") move(-1);
    else if (event.key in verdictKeys) decide(verdictKeys[event.key]);
    else if (event.key === "u") undoLast();
    else if (event.key === "n") { const note = $("note"); if (note) { event.preventDefault(); note.focus(); } }
    else return;
    event.preventDefault();
  });
  for (const id of ["filter-status", "filter-rule", "filter-severity"]) $(id).addEventListener("change", () => { applyFilters(); $("flag").focus(); });
  load().catch(error => say(String(error), true));
})();
