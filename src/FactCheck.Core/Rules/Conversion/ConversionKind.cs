namespace FactCheck.Rules.Conversion;

/// <summary>
/// "conversion": a figure and its parenthetical conversion must agree, "30 kilometres (18 miles)"
/// by exact unit factors and "£25 million ($33 million, 30 million euros)" by a rate table, each
/// within its tolerance.
/// </summary>
internal sealed class ConversionKind : IRuleKind
{
    public static readonly string[] Placeholders = ["a.figure", "b.figure", "a.claimant", "a.document", "expected", "difference"];

    public const string KindName = "conversion";

    public string Name => KindName;

    public IRule Create(RuleDefinition definition)
    {
        var settings = new RuleSettings(definition);
        var units = Factors(settings.Object("units"), "units", v => v.Units);
        var currencies = settings.Objects("currencies").Select(ReadRates).ToList();
        // Two tables for one day would give two rates for it; the first one would silently win.
        for (var later = 1; later < currencies.Count; later++)
            for (var earlier = 0; earlier < later; earlier++)
                if (currencies[later].From <= currencies[earlier].To && currencies[earlier].From <= currencies[later].To)
                    throw settings.Error($"currencies[{later}] ({currencies[later].From:yyyy-MM-dd} to {currencies[later].To:yyyy-MM-dd}) overlaps " +
                                         $"currencies[{earlier}] ({currencies[earlier].From:yyyy-MM-dd} to {currencies[earlier].To:yyyy-MM-dd})", $"currencies[{later}]");
        var unitTolerance = settings.Number("unitTolerance", 0.05, min: 0, max: 1);
        var currencyTolerance = settings.Number("currencyTolerance", 0.1, min: 0, max: 1);
        var parsedSeverity = settings.Severity(FactCheck.Rules.Severity.Medium);
        var message = new MessageTemplate(definition.Message, Placeholders, settings);
        settings.RejectUnknownFields();
        return new ConversionRule(definition, new ConversionTable(units, currencies, unitTolerance, currencyTolerance), parsedSeverity, message);
    }

    /// <summary>{"from": "2022-01-01", "to": "2022-12-31", "rates": {"USD": 1, "GBP": 1.32}}: rates hold for a period only.</summary>
    private static RateTable ReadRates(RuleSettings table)
    {
        DateOnly Day(string name)
        {
            var text = table.Text(name);
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var day) ? day : throw table.Error($"'{name}' must be a date YYYY-MM-DD, not '{text}'");
        }
        var rates = new RateTable(Day("from"), Day("to"), Factors(table.Object("rates"), "rates", v => v.Currencies));
        if (rates.To < rates.From) throw table.Error($"'to' ({rates.To:yyyy-MM-dd}) is before 'from' ({rates.From:yyyy-MM-dd})");
        table.RejectUnknownFields();
        return rates;
    }

    /// <summary>{"km": 1, "miles": 1.609344}: every unit's size in one common unit per family, each unit one the lexicon names.</summary>
    private static Dictionary<string, double> Factors(RuleSettings table, string name, Func<RuleVocabulary, RuleVocabulary.Names> kind)
    {
        var factors = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var unit in table.Names())
        {
            table.RequireKnown(unit, kind, unit);
            factors[unit] = table.Number(unit, min: double.Epsilon);
        }
        if (factors.Count < 2) throw table.Error($"'{name}' needs at least two entries to convert between");
        return factors;
    }
}

/// <summary>Exchange rates valid between two dates.</summary>
internal sealed record RateTable(DateOnly From, DateOnly To, IReadOnlyDictionary<string, double> Rates);

/// <summary>Unit factors and dated currency rates, with the tolerance each kind of conversion gets.</summary>
internal sealed record ConversionTable(IReadOnlyDictionary<string, double> Units, IReadOnlyList<RateTable> Currencies,
    double UnitTolerance, double CurrencyTolerance)
{
    /// <summary>
    /// The factors to a common unit and the tolerance, when both units are in one family. Currencies
    /// are only compared on a date some rate table covers: without a rate for the day, no verdict.
    /// </summary>
    public (double From, double To, double Tolerance)? Between(string from, string to, DateOnly? on)
    {
        if (Units.TryGetValue(from, out var a) && Units.TryGetValue(to, out var b)) return (a, b, UnitTolerance);
        var rates = on is { } day ? Currencies.FirstOrDefault(t => t.From <= day && day <= t.To) : null;
        if (rates is not null && rates.Rates.TryGetValue(from, out var c) && rates.Rates.TryGetValue(to, out var d)) return (c, d, CurrencyTolerance);
        return null;
    }
}
