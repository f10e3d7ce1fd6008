namespace FactCheck.Synthetic;

/// <summary>A way of naming a claimant in text, and the claimant the default lexicon resolves it to.</summary>
public sealed record ClaimantPhrase(string Text, string Claimant)
{
    /// <summary>The claimant as the first words of a sentence ("The Kremlin said").</summary>
    public string AtSentenceStart => char.ToUpperInvariant(Text[0]) + Text[1..];
}

/// <summary>Who was counted: the normalized subject and side, and the words that may name them.</summary>
public sealed record SubjectPhrase(string Subject, string? Side, IReadOnlyList<string> Words);

/// <summary>
/// One metric the default rules compare, with the groups it counts, the scale of its figures and
/// sentence templates. Templates use {claimant}, {Claimant} (sentence start), {figure}, {Figure},
/// {subject} and {place}; the figure always comes before the counted group and the place after it.
/// </summary>
public sealed record MetricPhrases(string Metric, IReadOnlyList<SubjectPhrase> Subjects, int Smallest, int Largest, IReadOnlyList<string> Templates);

/// <summary>The words the generator writes with: claimants, metrics, publishers and filler.</summary>
public static class Phrasebook
{
    /// <summary>Claimants named the way news names them, each resolving to a distinct claimant family of rules/lexicon.</summary>
    public static readonly IReadOnlyList<IReadOnlyList<ClaimantPhrase>> ClaimantFamilies =
    [
        [new("NATO", "NATO"), new("a senior NATO official", "NATO"), new("NATO chief Jens Stoltenberg", "NATO")],
        [new("Moscow", "Russia"), new("the Kremlin", "Russia"), new("Russia's defence ministry", "Russia")],
        [new("Kyiv", "Ukraine"), new("Ukraine's general staff", "Ukraine"), new("the Ukrainian military", "Ukraine")],
        [new("President Volodymyr Zelensky", "Zelensky"), new("Zelensky", "Zelensky")],
        [new("the Pentagon", "United States"), new("Washington", "United States"), new("the State Department", "United States")],
        [new("the United Nations", "United Nations"), new("the UN refugee agency", "United Nations"), new("UNICEF", "United Nations")],
        [new("the World Health Organization", "WHO")],
        [new("Britain", "United Kingdom"), new("the British government", "United Kingdom")],
        [new("the European Commission", "European Union")],
        [new("Interfax", "Interfax")],
        [new("Vitali Klitschko", "Vitali Klitschko")],
        [new("Iryna Vereshchuk", "Iryna Vereshchuk")],
        [new("Serhiy Gaidai", "Serhiy Gaidai")],
    ];

    private static readonly SubjectPhrase RussianSoldiers = new("soldiers", "Russian", ["Russian soldiers", "Russian troops", "Russian servicemen"]);
    private static readonly SubjectPhrase UkrainianSoldiers = new("soldiers", "Ukrainian", ["Ukrainian soldiers", "Ukrainian troops", "Ukrainian servicemen"]);
    private static readonly SubjectPhrase Civilians = new("civilians", null, ["civilians"]);
    private static readonly SubjectPhrase People = new("people", null, ["people", "residents"]);
    private static readonly SubjectPhrase Children = new("children", null, ["children"]);

    public static readonly IReadOnlyList<MetricPhrases> Metrics =
    [
        new("killed", [RussianSoldiers, UkrainianSoldiers, Civilians, People, Children], 12, 20000,
        [
            "{Claimant} said {figure} {subject} had been killed in {place}.",
            "{Claimant} estimated that {figure} {subject} have died in {place}.",
            "According to {claimant}, {figure} {subject} were killed in fighting around {place}.",
            "{Figure} {subject} were killed in {place}, {claimant} said.",
            "{Claimant} reported that {figure} {subject} lost their lives in {place}.",
        ]),
        new("wounded", [RussianSoldiers, UkrainianSoldiers, Civilians, People], 20, 30000,
        [
            "{Claimant} said {figure} {subject} were wounded in {place}.",
            "According to {claimant}, {figure} {subject} have been injured in {place}.",
            "{Figure} {subject} were wounded in fighting near {place}, {claimant} said.",
            "{Claimant} reported that {figure} {subject} had been injured in the shelling of {place}.",
        ]),
        new("captured", [RussianSoldiers, UkrainianSoldiers], 10, 5000,
        [
            "{Claimant} said {figure} {subject} had been captured near {place}.",
            "{Claimant} said {figure} {subject} were taken prisoner outside {place}.",
            "According to {claimant}, {figure} {subject} surrendered in {place}.",
        ]),
        new("refugees", [new("refugees", null, ["refugees"]), new("refugees", "Ukrainian", ["Ukrainian refugees"])], 500, 3000000,
        [
            "{Claimant} said {figure} {subject} had arrived in {place}.",
            "{Claimant} estimated that {figure} {subject} are sheltering in {place}.",
            "According to {claimant}, {figure} {subject} have registered in {place}.",
        ]),
        new("displaced", [People, Civilians], 200, 900000,
        [
            "{Claimant} said {figure} {subject} had been displaced in {place}.",
            "According to {claimant}, {figure} {subject} have fled their homes in {place}.",
            "{Claimant} estimated that {figure} {subject} were forced from their homes in {place}.",
        ]),
        new("trapped", [Civilians, People], 100, 200000,
        [
            "{Claimant} said {figure} {subject} remain trapped in {place}.",
            "According to {claimant}, {figure} {subject} are stranded in {place}.",
            "{Figure} {subject} are still trapped in {place}, {claimant} said.",
        ]),
    ];

    public static readonly IReadOnlyList<string> Publishers =
    [
        "The Evening Ledger", "Northern Wire", "Harbour Gazette", "Continental Post", "The Daily Courier",
        "Eastern Monitor", "Metro Bulletin", "The Morning Chronicle", "Valley Herald", "Atlantic Dispatch",
    ];

    /// <summary>Headline patterns; {place} and {metric} are filled in, never a figure.</summary>
    public static readonly IReadOnlyList<string> Headlines =
    [
        "Conflicting tolls emerge from {place}",
        "What we know about the situation in {place}",
        "Officials give new figures on {place}",
        "{place}: the latest on the ground",
        "Aid groups warn over conditions in {place}",
    ];

    /// <summary>
    /// Paragraphs with figures that none of the default rules compare: money, shares, years, dates,
    /// ages and durations. Placeholders: {town}, {name}, {age}, {year}, {month}, {day}, {pct}, {pct2},
    /// {money}, {count}, {weeks}. No casualty, flight or delivery words, and no clock times.
    /// </summary>
    public static readonly IReadOnlyList<string> Filler =
    [
        "The regional council approved a budget of {money} for {year}, a rise of {pct} percent on the previous year.",
        "{name}, {age}, a teacher from {town}, said the queues at the petrol station were the longest she had seen.",
        "Wheat prices rose {pct} percent in {month}, traders in the port said, after a fall of {pct2} percent a month earlier.",
        "Local elections are scheduled for {month} {day}, {year}.",
        "Unemployment in the region stood at {pct} percent in {year}, according to the statistics office.",
        "The central bank kept its key rate at {pct} percent and said inflation would ease by the end of {year}.",
        "Schools in {town} reopened after a break of {weeks} weeks.",
        "The museum in {town}, founded in {year}, holds more than {count} paintings and icons.",
        "A new bridge costing {money} is due to open in {year}.",
        "The {count}-seat concert hall in {town} has been closed since {month} {day}.",
        "Electricity tariffs for households will go up by {pct} percent from {month} {day}, the utility said.",
        "{name}, {age}, who runs a bakery in {town}, said sales had dropped by {pct} percent this winter.",
        "Railway operators added {count} carriages to the morning trains and cut fares by {pct2} percent.",
        "The mayor of {town} said repairs to the water network would cost about {money}.",
        "Farmers planted {pct} percent less sunflower this spring than in {year}, the agriculture ministry said.",
    ];

    /// <summary>
    /// Figures at an event's place that no rule may set against it: another year's toll, a comparison.
    /// Placeholders: {place}, {count} (the figure), {year}.
    /// </summary>
    public static readonly IReadOnlyList<string> Decoys =
    [
        "Floods in {place} last year killed {count} people.",
        "In {year}, a gas explosion in {place} killed {count} people.",
        "By way of comparison, {count} people were wounded in {place} during the unrest of {year}.",
        "A similar attack on {place} in {year} left {count} people dead.",
        "Two years ago, {count} residents of {place} were displaced by a landslide.",
    ];

    public static readonly IReadOnlyList<string> FirstNames = ["Olena", "Mykola", "Iryna", "Taras", "Halyna", "Andriy", "Natalia", "Petro", "Oksana", "Yuriy"];
    public static readonly IReadOnlyList<string> LastNames = ["Kovalenko", "Bondarenko", "Tkachenko", "Shevchuk", "Melnyk", "Kravets", "Polishchuk", "Lysenko", "Savchenko", "Hnatyuk"];
    public static readonly IReadOnlyList<string> Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
}
