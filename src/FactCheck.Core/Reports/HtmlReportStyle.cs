namespace FactCheck.Reports;

/// <summary>The report's stylesheet, inlined so the file needs nothing from the network.</summary>
internal static class HtmlReportStyle
{
    public const string Css = """
        :root { --ink: #1d2330; --muted: #5b6475; --line: #e3e6ec; --high: #c62828; --medium: #ef6c00; --low: #f9a825; --info: #78909c; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #f6f7f9; }
        main { max-width: 980px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 26px; margin: 8px 0 16px; }
        h2 { font-size: 20px; margin: 32px 0 8px; text-transform: capitalize; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
        .summary { display: flex; flex-wrap: wrap; gap: 10px; }
        .tile { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 84px; }
        .tile b { display: block; font-size: 22px; }
        .tile span { color: var(--muted); font-size: 13px; }
        .tile.sev-high b { color: var(--high); } .tile.sev-medium b { color: var(--medium); } .tile.sev-low b { color: #b08000; }
        .chart { width: 100%; height: auto; background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 8px 0 12px; }
        .chart .grid { stroke: var(--line); } .chart .tick { font-size: 11px; fill: var(--muted); text-anchor: middle; }
        .chart .label { font-size: 12px; text-anchor: end; fill: var(--ink); }
        .chart .point { fill: #3949ab; } .chart .range { fill: #7986cb; } .chart .open { fill: #9fa8da; }
        .chart .context { fill: #fff; stroke: #7986cb; stroke-width: 1.5; stroke-dasharray: 3 2; }
        .chart .ytick { font-size: 11px; fill: var(--muted); text-anchor: end; }
        .chart .caption { font-size: 12px; font-weight: 600; fill: var(--ink); }
        .chart .legend { font-size: 12px; fill: var(--ink); }
        .chart .arrow { stroke: #3949ab; stroke-width: 2; fill: none; }
        .flag { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 12px 0; padding: 12px 16px; }
        .flag header { display: flex; gap: 10px; align-items: baseline; }
        .flag .message { flex: 1; font-weight: 600; }
        .badge { color: #fff; border-radius: 4px; padding: 1px 8px; font-size: 12px; text-transform: uppercase; }
        .badge.sev-high { background: var(--high); } .badge.sev-medium { background: var(--medium); }
        .badge.sev-low { background: var(--low); color: #222; } .badge.sev-info { background: var(--info); }
        .verdict { color: var(--muted); font-size: 13px; }
        .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; margin-top: 8px; }
        .figure { font-size: 20px; font-weight: 700; }
        .who, .doc, footer { color: var(--muted); font-size: 13px; }
        blockquote { margin: 6px 0; padding-left: 10px; border-left: 3px solid var(--line); }
        mark { background: #fff3a0; padding: 0 2px; }
        footer { margin-top: 6px; }
        """;
}
