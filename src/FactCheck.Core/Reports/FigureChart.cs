using System.Globalization;
using System.Net;
using System.Text;
using FactCheck.Extraction;

namespace FactCheck.Reports;

/// <summary>
/// An inline SVG: each claimant's figure on one log axis, a dot for an exact figure, a bar for a
/// range, an arrow for an open upper bound, so NATO's 7,000–15,000 and Moscow's 498 are seen at once.
/// A figure in no flag (the event's other stored figures) is drawn hollow and labelled so.
/// </summary>
internal static class FigureChart
{
    private const int Width = 760, LabelWidth = 250, RowHeight = 28, Top = 12, AxisHeight = 30, Right = 24;

    public static string Render(IReadOnlyList<Claim> claims, IReadOnlySet<string> flagged)
    {
        var rows = claims.Where(c => c.Low > 0 || c.High > 0).DistinctBy(c => c.Id)
            .OrderBy(c => c.AssertedOn).ThenBy(c => c.Low).ToList();
        if (rows.Count == 0) return "";
        var smallest = rows.Min(c => c.Low > 0 ? c.Low : c.High);
        var largest = rows.Max(c => c.IsUnbounded ? c.Low * 2 : c.High);
        var min = Math.Floor(Math.Log10(smallest));
        var max = Math.Ceiling(Math.Log10(largest));
        if (max <= min) max = min + 1;
        double X(double value) => LabelWidth + (Math.Log10(Math.Max(value, Math.Pow(10, min))) - min) / (max - min) * (Width - LabelWidth - Right);

        var height = Top + rows.Count * RowHeight + AxisHeight;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"figures on a log scale\">");
        var axisY = Top + rows.Count * RowHeight;
        for (var power = (int)min; power <= (int)max; power++)
        {
            var x = X(Math.Pow(10, power));
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{x:0.#}\" y1=\"{Top - 4}\" x2=\"{x:0.#}\" y2=\"{axisY}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{x:0.#}\" y=\"{axisY + 18}\">{WebUtility.HtmlEncode(FigureFormatter.Number(Math.Pow(10, power)))}</text>");
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var claim = rows[i];
            var y = Top + i * RowHeight + RowHeight / 2;
            var context = !flagged.Contains(claim.Id);
            var label = $"{claim.Claimant} · {FigureFormatter.Format(claim)} · {claim.AssertedOn?.ToString("yyyy-MM-dd") ?? "undated"}{(context ? " · not flagged" : "")}";
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{LabelWidth - 10}\" y=\"{y + 4}\">{WebUtility.HtmlEncode(label)}</text>");
            var low = X(claim.Low > 0 ? claim.Low : Math.Pow(10, min));
            var high = claim.IsUnbounded ? Width - Right : X(claim.High);
            var title = $"<title>{WebUtility.HtmlEncode($"{claim.Claimant}: {FigureFormatter.Format(claim)}")}</title>";
            if (high - low < 3)
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"point{(context ? " context" : "")}\" cx=\"{low:0.#}\" cy=\"{y}\" r=\"6\">{title}</circle>");
            else
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{(claim.IsUnbounded ? "open" : "range")}{(context ? " context" : "")}\" x=\"{low:0.#}\" y=\"{y - 6}\" width=\"{high - low:0.#}\" height=\"12\" rx=\"6\">{title}</rect>");
            if (claim.IsUnbounded)
                svg.Append(CultureInfo.InvariantCulture, $"<path class=\"arrow\" d=\"M{high - 10:0.#} {y - 8} L{high:0.#} {y} L{high - 10:0.#} {y + 8}\"/>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }
}
