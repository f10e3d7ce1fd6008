using System.Globalization;
using System.Text;
using FactCheck.Extraction;

namespace FactCheck.Synthetic;

/// <summary>A planted figure as placed in a document's text.</summary>
internal sealed record PlacedFigure(PlantedEvent Event, bool IsA, PlantedFigure Figure);

/// <summary>A generated document: its file content, the planted figures it holds, and the decoys set beside them.</summary>
internal sealed record ComposedDocument(string FileName, string Content, IReadOnlyList<PlacedFigure> Figures, IReadOnlyList<PlacedFigure> Decoys);

/// <summary>
/// Writes one news-like document: front matter (title, published, publisher), then the planted
/// sentences of the events it carries mixed with filler paragraphs whose figures no rule compares.
/// </summary>
internal sealed class DocumentComposer(int seed, int documents, DateOnly firstDay, int documentsPerDay)
{
    private const int Stream = 2;
    /// <summary>How often a document with an event also carries a decoy at the event's place.</summary>
    private const double DecoyShare = 0.3;
    private static readonly string[] Towns = ["Poltava", "Vinnytsia", "Chernihiv", "Uman", "Rivne", "Lutsk", "Ternopil", "Uzhhorod", "Khmelnytskyi", "Drohobych"];

    private readonly int _digits = Math.Max(6, documents.ToString(CultureInfo.InvariantCulture).Length);

    public string FileName(int document) => "doc-" + document.ToString("D" + _digits, CultureInfo.InvariantCulture) + ".md";

    public DateOnly DateOf(int document) => firstDay.AddDays(document / documentsPerDay);

    public ComposedDocument Compose(int document, IReadOnlyList<(PlantedEvent Event, PlantedSide Side, bool IsA)> planted)
    {
        var random = SeededRandom.For(seed, Stream, document);
        var fileName = FileName(document);
        var blocks = new List<(string Text, int FigureOffset, int FigureLength, (PlantedEvent, PlantedSide, bool)? Source, bool Decoy)>();
        foreach (var item in planted)
        {
            var (text, offset) = Sentence(item.Side, item.Event);
            blocks.Add((text, offset, item.Side.Figure.Text.Length, item, false));
        }
        if (planted.Count > 0 && random.NextDouble() < DecoyShare)
        {
            var (text, offset, length) = Decoy(random, planted[0].Event.Place);
            blocks.Add((text, offset, length, planted[0], true));
        }
        // Distinct filler templates within a document: a paragraph repeated word for word reads as a glitch.
        var templates = Enumerable.Range(0, Phrasebook.Filler.Count).ToList();
        Shuffle(random, templates);
        foreach (var template in templates.Take(random.Next(2, 7)))
            blocks.Add((Filler(random, Phrasebook.Filler[template]), -1, 0, null, false));
        Shuffle(random, blocks);

        var place = planted.Count > 0 ? planted[0].Event.Place : random.Pick(Towns);
        var header = new StringBuilder()
            .Append("---\n")
            .Append("title: ").Append(random.Pick(Phrasebook.Headlines).Replace("{place}", place, StringComparison.Ordinal)).Append('\n')
            .Append("published: ").Append(DateOf(document).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("publisher: ").Append(random.Pick(Phrasebook.Publishers)).Append('\n')
            .Append("---\n");
        var body = new StringBuilder();
        var figures = new List<PlacedFigure>();
        var decoys = new List<PlacedFigure>();
        foreach (var block in blocks)
        {
            if (body.Length > 0) body.Append("\n\n");
            if (block.Source is var (plantedEvent, side, isA))
            {
                var start = body.Length + block.FigureOffset;
                var text = block.Text.Substring(block.FigureOffset, block.FigureLength);
                var value = block.Decoy ? double.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : 0;
                (block.Decoy ? decoys : figures).Add(new PlacedFigure(plantedEvent, isA, new PlantedFigure
                {
                    Document = fileName,
                    Start = start,
                    End = start + block.FigureLength,
                    Text = text,
                    Claimant = block.Decoy ? Claim.Unattributed : side.Claimant.Claimant,
                    Low = block.Decoy ? value : side.Figure.Low,
                    High = block.Decoy ? value : side.Figure.High,
                    Sentence = block.Text,
                }));
            }
            body.Append(block.Text);
        }
        body.Append('\n');
        return new ComposedDocument(fileName, header.Append(body).ToString(), figures, decoys);
    }

    /// <summary>Fills the template; returns the sentence and where the figure starts in it.</summary>
    private static (string Text, int FigureOffset) Sentence(PlantedSide side, PlantedEvent plantedEvent)
    {
        var template = side.Template;
        var text = new StringBuilder();
        var figureOffset = -1;
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            if (open < 0) { text.Append(template, at, template.Length - at); break; }
            text.Append(template, at, open - at);
            var close = template.IndexOf('}', open);
            var key = template[(open + 1)..close];
            if (key is "figure" or "Figure") figureOffset = text.Length;
            text.Append(key switch
            {
                "claimant" => side.Claimant.Text,
                "Claimant" => side.Claimant.AtSentenceStart,
                "figure" => side.Figure.Text,
                "Figure" => Capitalized(side.Figure.Text),
                "subject" => side.SubjectWords,
                "place" => plantedEvent.Place,
                _ => throw new InvalidOperationException($"unknown placeholder {{{key}}} in template '{template}'"),
            });
            at = close + 1;
        }
        if (figureOffset < 0) throw new InvalidOperationException($"template without a figure: '{template}'");
        return (text.ToString(), figureOffset);
    }

    /// <summary>A decoy sentence at the event's place; returns it with where its figure is and how long.</summary>
    private static (string Text, int FigureOffset, int FigureLength) Decoy(Random random, string place)
    {
        var template = random.Pick(Phrasebook.Decoys);
        var count = random.Next(30, 2500).ToString("#,0", CultureInfo.InvariantCulture);
        var text = template
            .Replace("{place}", place, StringComparison.Ordinal)
            .Replace("{year}", random.Next(1995, 2019).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var offset = text.IndexOf("{count}", StringComparison.Ordinal);
        return (text.Replace("{count}", count, StringComparison.Ordinal), offset, count.Length);
    }

    private static string Filler(Random random, string template)
    {
        var text = template
            .Replace("{town}", random.Pick(Towns), StringComparison.Ordinal)
            .Replace("{name}", random.Pick(Phrasebook.FirstNames) + " " + random.Pick(Phrasebook.LastNames), StringComparison.Ordinal)
            .Replace("{age}", random.Next(19, 80).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{year}", random.Next(1995, 2024).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", random.Pick(Phrasebook.Months), StringComparison.Ordinal)
            .Replace("{day}", random.Next(1, 29).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{pct}", (random.Next(5, 250) / 10.0).ToString("0.#", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{pct2}", (random.Next(5, 120) / 10.0).ToString("0.#", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{money}", Money(random), StringComparison.Ordinal)
            .Replace("{count}", random.Next(30, 2500).ToString("#,0", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{weeks}", random.Next(2, 9).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }

    private static string Money(Random random) =>
        random.Next(3) switch
        {
            0 => "$" + (random.Next(12, 990) / 10.0).ToString("0.#", CultureInfo.InvariantCulture) + " million",
            1 => (random.Next(2, 400)).ToString(CultureInfo.InvariantCulture) + " million euros",
            _ => "$" + random.Next(150, 990).ToString(CultureInfo.InvariantCulture) + ",000",
        };

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static void Shuffle<T>(Random random, List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
