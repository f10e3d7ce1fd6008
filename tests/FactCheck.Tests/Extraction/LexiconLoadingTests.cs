using System.Diagnostics;
using FactCheck.Extraction;
using FactCheck.Extraction.Extractor;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Extraction;

/// <summary>
/// A lexicon file is read strictly: what the serializer would quietly take (an empty word, a null
/// list, a key given twice, a pipe or a device in place of a file) stops the load with the file,
/// the line and the column.
/// </summary>
public sealed class LexiconLoadingTests
{
    [TestCase("metrics.json", "\"killed\",", "\"\", \"killed\",", "empty string")]
    [TestCase("metrics.json", "\"killed\",", "\"  \", \"killed\",", "empty string")]
    [TestCase("subjects.json", "\"soldiers\": [", "\"\": [\"x\"], \"soldiers\": [", "empty name")]
    [TestCase("claimants.json", "\"aliases\": [", "\"aliases\": [null, ", "null in a list")]
    [TestCase("metrics.json", "\"triggers\": [", "\"triggers\": null, \"x\": [", "'triggers' is null; give it a value")]
    [TestCase("units.json", "\"km\": [", "\"km\": [\"km\"], \"km\": [", "'km' is listed twice in one object")]
    public void Load_EmptyNullOrRepeatedValue_FailsNamingFileLineAndColumn(string file, string from, string to, string problem)
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        var path = Edit(folder, file, from, to);
        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder.Path))!;
        Assert.That(error.Message, Does.Match($@"^{Regex(path)}: line \d+, column \d+: {Regex(problem)}$"));
    }

    [Test]
    public void Load_ValueOfTheWrongType_FailsNamingTheFieldAndLine()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        var path = Edit(folder, "metrics.json", "\"people\": true", "\"people\": \"true\"");
        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder.Path))!;
        Assert.That(error.Message, Does.StartWith($"{path}: line ").And.Contain("(at $.metrics.killed.people)"));
    }

    [Test]
    public void Load_SidedSubjectThatIsNoSubject_FailsNamingIt()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        var path = Edit(folder, "subjects.json", "\"sided\": [", "\"sided\": [\"warships\", ");
        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder.Path))!;
        Assert.That(error.Message, Is.EqualTo($"{path}: 'sided' lists 'warships', which is not a subject"));
    }

    [Test]
    public void Load_HolidayWithNoMonthAndDay_FailsNamingIt()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        var path = Edit(folder, "time.json", "\"Christmas Day\": \"12-25\"", "\"Christmas Day\": \"25 December\"");
        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder.Path))!;
        Assert.That(error.Message, Is.EqualTo($"{path}: holiday 'Christmas Day' needs its month and day as MM-DD, not '25 December'"));
    }

    [Test]
    public void Load_HeadCountOfAnEventKindThatIsNone_FailsNamingIt()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        var path = Edit(folder, "metrics.json", "\"protest\"\n", "\"protets\"\n");
        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder.Path))!;
        Assert.That(error.Message, Is.EqualTo($"{path}: 'participated' counts heads of 'protets', which is no event kind in events.json"));
    }

    [Test]
    public void Load_CountingVerbThatIsNoReportingVerb_FailsNamingIt()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        var path = Edit(folder, "attribution.json", "\"countingVerbs\": [", "\"countingVerbs\": [\"added up\", ");
        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder.Path))!;
        Assert.That(error.Message, Is.EqualTo($"{path}: counting verb 'added up' is not among the verbs"));
    }

    [Test]
    public void Load_RoleNounThatIsNoSourceNoun_FailsNamingIt()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        var path = Edit(folder, "attribution.json", "\"roleNouns\": [", "\"roleNouns\": [\"treasurer\", ");
        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder.Path))!;
        Assert.That(error.Message, Is.EqualTo($"{path}: role noun 'treasurer' is not among the sourceNouns"));
    }

    [Test]
    public void Load_LexiconFileThatIsANamedPipe_FailsAtOnceNamingIt()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        var path = Path.Combine(folder.Path, "lexicon", "units.json");
        File.Delete(path);
        using (var mkfifo = Process.Start("mkfifo", [path])) mkfifo.WaitForExit();
        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder.Path))!;
        Assert.That(error.Message, Is.EqualTo($"{path}: not a regular file (a named pipe)"));
    }

    [Test]
    public void Load_LexiconFileThatIsALinkToADevice_FailsNamingIt()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        var path = Path.Combine(folder.Path, "lexicon", "places.json");
        File.Delete(path);
        File.CreateSymbolicLink(path, "/dev/zero");
        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder.Path))!;
        Assert.That(error.Message, Is.EqualTo($"{path}: not a regular file (a character device)"));
    }

    [Test]
    public void Load_LexiconFileOverTheSizeLimit_FailsNamingItAndTheLimit()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        var path = Path.Combine(folder.Path, "lexicon", "places.json");
        using (var file = new FileStream(path, FileMode.Truncate)) file.SetLength(33L << 20);
        var error = Assert.Throws<LexiconException>(() => Lexicon.Load(folder.Path))!;
        Assert.That(error.Message, Is.EqualTo($"{path}: 33 MB, over the limit of 32 MB for this kind of file"));
    }

    /// <summary>The linear engine cannot run a lookahead, so this pattern gets the backtracking engine and its time limit.</summary>
    [Test]
    public void Extract_PeriodPatternThatTimesOut_FailsNamingTheFileAndThePattern()
    {
        using var folder = TemporaryDirectory.WithShippedLexicon();
        var path = Edit(folder, "periods.json", "\"patterns\": [", "\"patterns\": [\"^(?=(a|aa)+$)\", ");
        var extractor = new ClaimExtractor(Lexicon.Load(folder.Path));
        var error = Assert.Throws<LexiconException>(() => extractor.Extract(Some.Document(new string('a', 60) + " 5 people were killed.")))!;
        Assert.That(error.Message, Does.StartWith($"{path}: pattern '^(?=(a|aa)+$)' took longer than 1 s on one sentence"));
    }

    private static string Edit(TemporaryDirectory folder, string file, string from, string to)
    {
        var path = Path.Combine(folder.Path, "lexicon", file);
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Contain(from));
        var at = text.IndexOf(from, StringComparison.Ordinal);
        File.WriteAllText(path, text[..at] + to + text[(at + from.Length)..]);
        return path;
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
