using System.Globalization;
using System.Net;
using System.Text;
using FactCheck.Extraction;

namespace FactCheck.Reports;

/// <summary>
/// An inline SVG of one count over time: date across, a log scale up, one colour per source with
/// its figures joined in date order, so a toll that moves (or a source that revises) shows as a line.
/// A line joins one source's figures for one place and one kind of event only: a change of incident
/// must not look like a rising toll. Unattributed figures are each article's own, not one source's.
/// </summary>
internal static class TimelineChart
{
    private const int Width = 760, Height = 262, Left = 64, Right = 150, Top = 30, Bottom = 34;
    private static readonly string[] Palette = ["#3949ab", "#c62828", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#5d4037", "#ad1457"];

    /// <summary>Empty unless the figures span at least two dates: one date is not a timeline.</summary>
    public static string Render(string title, IReadOnlyList<Claim> claims)
    {
        var dated = claims.Where(c => c.AssertedOn is not null && c.Low > 0).DistinctBy(c => c.Id)
            .OrderBy(c => c.AssertedOn).ThenBy(c => c.Claimant, StringComparer.Ordinal).ToList();
        if (dated.Select(c => c.AssertedOn).Distinct().Count() < 2) return "";

        var first = dated[0].AssertedOn!.Value.DayNumber;
        var last = dated[^1].AssertedOn!.Value.DayNumber;
        var min = Math.Floor(Math.Log10(dated.Min(c => c.Low)));
        var max = Math.Ceiling(Math.Log10(dated.Max(c => c.IsUnbounded ? c.Low * 2 : c.High)));
        if (max <= min) max = min + 1;
        double X(DateOnly day) => Left + (day.DayNumber - first) / (double)Math.Max(last - first, 1) * (Width - Left - Right);
        double Y(double value) => Top + (1 - (Math.Log10(value) - min) / (max - min)) * (Height - Top - Bottom);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart timeline\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Encode(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"caption\" x=\"{Left}\" y=\"16\">{Encode(title)}</text>");
        for (var power = (int)min; power <= (int)max; power++)
        {
            var y = Y(Math.Pow(10, power));
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"ytick\" x=\"{Left - 6}\" y=\"{y + 4:0.#}\">{Encode(FigureFormatter.Number(Math.Pow(10, power)))}</text>");
        }
        var lastTick = double.NegativeInfinity;
        foreach (var day in dated.Select(c => c.AssertedOn!.Value).Distinct())
        {
            // Dates closer than a label's width would print over each other; the points still show.
            if (X(day) - lastTick < 76) continue;
            lastTick = X(day);
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{X(day):0.#}\" y=\"{Height - 12}\">{day:yyyy-MM-dd}</text>");
        }

        var series = dated.GroupBy(c => (Source: SourceOf(c), Place: c.PlacePath ?? c.Location, c.Event)).ToList();
        var places = series.Select(s => s.Key.Place).Distinct().Count();
        for (var i = 0; i < series.Count; i++)
        {
            var colour = Palette[i % Palette.Length];
            var own = series[i].ToList();
            var legend = places > 1 && series[i].Key.Place is { } place ? $"{series[i].Key.Source} · {place}" : series[i].Key.Source;
            if (own.Count > 1)
            {
                var path = string.Join(" ", own.Select((c, n) => string.Create(CultureInfo.InvariantCulture,
                    $"{(n == 0 ? 'M' : 'L')}{X(c.AssertedOn!.Value):0.#} {Y(Middle(c)):0.#}")));
                svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" stroke-opacity=\".6\"/>");
            }
            foreach (var claim in own)
            {
                var x = X(claim.AssertedOn!.Value);
                var tip = $"<title>{Encode($"{claim.Claimant}: {FigureFormatter.Format(claim)} ({claim.AssertedOn:yyyy-MM-dd})")}</title>";
                var top = claim.IsUnbounded ? Top : Y(claim.High);
                if (Y(claim.Low) - top >= 8)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x - 4:0.#}\" y=\"{top:0.#}\" width=\"8\" height=\"{Math.Max(Y(claim.Low) - top, 2):0.#}\" rx=\"4\" fill=\"{colour}\" fill-opacity=\".55\">{tip}</rect>");
                }
                else
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{Y(claim.Low):0.#}\" r=\"5\" fill=\"{colour}\">{tip}</circle>");
                }
            }
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Width - Right + 16}\" cy=\"{Top + 8 + i * 18}\" r=\"5\" fill=\"{colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{Width - Right + 26}\" y=\"{Top + 12 + i * 18}\">{Encode(legend)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Who a series is: the claimant, or for an unattributed figure its article (publisher, else file).</summary>
    private static string SourceOf(Claim claim) =>
        claim.Claimant != Claim.Unattributed ? claim.Claimant : $"{claim.Claimant} · {claim.Publisher ?? Path.GetFileName(claim.Document)}";

    /// <summary>Where a line passes through a range: its geometric middle, which sits mid-bar on a log scale.</summary>
    private static double Middle(Claim claim) => claim.IsUnbounded || claim.High <= claim.Low ? claim.Low : Math.Sqrt(claim.Low * claim.High);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
