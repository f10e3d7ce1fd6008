"use strict";
// The review page. Everything from the database is inserted as text nodes, never as markup.
(() => {
  const antiforgery = document.querySelector('meta[name="factcheck-antiforgery"]').content;
  const verdictKeys = { c: "confirmed", d: "dismissed", e: "explained", f: "follow-up" };
  const $ = id => document.getElementById(id);
  let flags = [];
  let visible = [];
  let index = 0;
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
  const current = () => visible[index];

  function say(message, isError) {
    const status = $("status");
    status.textContent = message;
    status.className = isError ? "error" : "";
  }

  async function load() {
    const response = await fetch("/api/queue", { credentials: "same-origin" });
    if (!response.ok) { say(await response.text(), true); return; }
    const data = await response.json();
    flags = data.flags;
    $("reviewer").textContent = data.reviewer;
    const status = $("filter-status");
    for (const verdict of data.verdicts) status.append(el("option", { value: verdict }, verdict));
    const rules = $("filter-rule");
    for (const rule of [...new Set(flags.map(f => f.rule))].sort()) rules.append(el("option", { value: rule }, rule));
    applyFilters();
  }

  function applyFilters() {
    const status = $("filter-status").value, rule = $("filter-rule").value, severity = $("filter-severity").value;
    const keep = current();
    visible = flags.filter(f =>
      (!status || (status === "stale" ? f.stale : f.verdict === status && !f.stale)) &&
      (!rule || f.rule === rule) && (!severity || f.severity === severity));
    index = Math.max(0, keep ? visible.findIndex(f => f.id === keep.id) : 0);
    render();
  }

  function render() {
    const reviewed = flags.filter(isDecided).length;
    $("progress-text").textContent = `${reviewed} of ${flags.length} reviewed`;
    $("progress-bar").max = Math.max(flags.length, 1);
    $("progress-bar").value = reviewed;
    renderQueue();
    renderFlag();
  }

  function renderQueue() {
    const list = $("queue");
    list.replaceChildren(...visible.map((flag, i) => {
      const item = el("li", { "data-flag": flag.id, class: i === index ? "current" : "" },
        el("span", { class: `severity ${flag.severity}` }, flag.severity), " ",
        el("span", { class: "verdict" }, verdictLabel(flag)), el("br"), flag.message);
      item.addEventListener("click", () => { index = i; render(); });
      return item;
    }));
    const chosen = list.children[index];
    if (chosen) chosen.scrollIntoView({ block: "nearest" });
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
      main.replaceChildren(el("p", { class: "empty" }, flags.length ? "No flag matches these filters." : "No discrepancies to review. Run factcheck check first."));
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
      el("p", {}, el("span", { class: `severity ${flag.severity}` }, flag.severity), ` ${flag.rule} · ${flag.id} · ${index + 1} of ${visible.length}`),
      el("h2", {}, flag.message),
      el("div", { class: "sides" }, ...flag.claims.map(claimCard)),
      el("section", { class: "decision" },
        el("span", { class: "current-verdict" + (flag.stale ? " stale" : ""), id: "current-verdict" },
          flag.stale ? `${flag.verdict}, recorded on earlier figures: decide again` : flag.verdict),
        ...buttons, undo, note),
      el("section", { class: "explanation" }, el("strong", {}, "Why it was flagged"), conditions),
      el("section", {}, el("strong", {}, "History"), history));
  }

  function replace(updated) {
    const draftless = Object.assign(updated, { draft: "" });
    flags = flags.map(f => f.id === updated.id ? draftless : f);
    visible = visible.map(f => f.id === updated.id ? draftless : f);
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
      const updated = await post(`/api/flags/${encodeURIComponent(flag.id)}/verdict`, { verdict, note: flag.draft || null });
      replace(updated);
      decided.push(flag.id);
      say(`saved: ${verdict}`);
      const next = visible.findIndex((f, i) => i > index && !isDecided(f));
      if (next >= 0) index = next; else if (index < visible.length - 1) index++;
      render();
    } catch (error) { say(String(error.message || error), true); }
  }

  async function undoLast() {
    const id = decided.length ? decided[decided.length - 1] : current() && current().id;
    if (!id) return;
    try {
      const updated = await post(`/api/flags/${encodeURIComponent(id)}/undo`);
      if (decided.length) decided.pop();
      replace(updated);
      const at = visible.findIndex(f => f.id === id);
      if (at >= 0) index = at;
      say(`undone: ${id} is ${updated.verdict} again`);
      render();
    } catch (error) { say(String(error.message || error), true); }
  }

  function move(step) {
    if (!visible.length) return;
    index = Math.min(Math.max(index + step, 0), visible.length - 1);
    render();
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
