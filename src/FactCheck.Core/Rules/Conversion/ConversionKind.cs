namespace FactCheck.Rules.Conversion;

/// <summary>
/// "conversion": a figure and its parenthetical conversion must agree, "30 kilometres (18 miles)"
/// by exact unit factors and "£25 million ($33 million, 30 million euros)" by a rate table, each
/// within its tolerance.
/// </summary>
public sealed class ConversionKind : IRuleKind
{
    public static readonly string[] Placeholders = ["a.figure", "b.figure", "a.claimant", "a.document", "expected", "difference"];

    public string Name => "conversion";

    public IRule Create(RuleDefinition definition)
    {
        var settings = new RuleSettings(definition);
        var units = Factors(settings.Object("units"), "units");
        var currencies = Factors(settings.Object("currencies"), "currencies");
        var unitTolerance = settings.Number("unitTolerance", 0.05, min: 0, max: 1);
        var currencyTolerance = settings.Number("currencyTolerance", 0.1, min: 0, max: 1);
        var severity = settings.Text("severity", "medium");
        if (!Enum.TryParse<Severity>(severity, ignoreCase: true, out var parsedSeverity))
            throw settings.Error($"'severity' must be info, low, medium or high, not '{severity}'");
        var message = new MessageTemplate(definition.Message, Placeholders, settings);
        settings.RejectUnknownFields();
        return new ConversionRule(definition, new ConversionTable(units, currencies, unitTolerance, currencyTolerance), parsedSeverity, message);
    }

    /// <summary>{"km": 1, "miles": 1.609344}: every unit's size in one common unit per family.</summary>
    private static Dictionary<string, double> Factors(RuleSettings table, string name)
    {
        var factors = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var unit in table.Names())
            factors[unit] = table.Number(unit, min: double.Epsilon);
        if (factors.Count < 2) throw table.Error($"'{name}' needs at least two entries to convert between");
        return factors;
    }
}

/// <summary>Unit factors and currency rates, with the tolerance each kind of conversion gets.</summary>
public sealed record ConversionTable(IReadOnlyDictionary<string, double> Units, IReadOnlyDictionary<string, double> Currencies,
    double UnitTolerance, double CurrencyTolerance)
{
    /// <summary>The factor to the common unit and the tolerance, when both units are in the same family.</summary>
    public (double From, double To, double Tolerance)? Between(string from, string to)
    {
        if (Units.TryGetValue(from, out var a) && Units.TryGetValue(to, out var b)) return (a, b, UnitTolerance);
        if (Currencies.TryGetValue(from, out var c) && Currencies.TryGetValue(to, out var d)) return (c, d, CurrencyTolerance);
        return null;
    }
}
