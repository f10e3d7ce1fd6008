using System.Text;
using System.Text.Encodings.Web;
using FactCheck.Store;

namespace FactCheck.ReviewServer;

/// <summary>
/// A whole document as HTML, each extracted figure marked and addressable by its claim id, so the
/// review page can link straight to it. Every character of the document is encoded.
/// </summary>
internal static class DocumentPage
{
    public static string? Render(IDocumentStore documents, string path)
    {
        var document = documents.Document(path);
        var text = documents.DocumentText(path);
        if (document is null) return null;
        var html = HtmlEncoder.Default;
        var page = new StringBuilder();
        page.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(html.Encode(document.Title)).Append("</title><link rel=\"stylesheet\" href=\"/review.css\"></head><body class=\"document\"><main>")
            .Append("<h1>").Append(html.Encode(document.Title)).Append("</h1><p class=\"meta\">")
            .Append(html.Encode(string.Join(" · ", new[] { document.Publisher, document.Published?.ToString("yyyy-MM-dd"), document.Path }.OfType<string>())))
            .Append("</p>");
        if (text is null)
        {
            page.Append("<p>The text of this document was not stored (ingested by an older factcheck); ingest it again to see it here.</p>");
        }
        else
        {
            var figures = documents.Claims(new ClaimQuery(Document: path)).Where(c => c.End <= text.Length).OrderBy(c => c.Start).ToList();
            var position = 0;
            page.Append("<p>");
            foreach (var claim in figures.Where(c => c.Start >= 0))
            {
                if (claim.Start < position) continue;
                AppendText(page, text[position..claim.Start]);
                page.Append("<mark id=\"").Append(claim.Id).Append("\" title=\"").Append(html.Encode($"{claim.Claimant}: {claim.Metric} {claim.Subject}")).Append("\">");
                AppendText(page, text[claim.Start..claim.End]);
                page.Append("</mark>");
                position = claim.End;
            }
            AppendText(page, text[position..]);
            page.Append("</p>");
        }
        return page.Append("</main></body></html>").ToString();
    }

    /// <summary>Encodes text, turning blank lines into paragraph breaks.</summary>
    private static void AppendText(StringBuilder page, string text)
    {
        var paragraphs = text.Split("\n\n");
        for (var i = 0; i < paragraphs.Length; i++)
        {
            if (i > 0) page.Append("</p><p>");
            page.Append(HtmlEncoder.Default.Encode(paragraphs[i]));
        }
    }
}
