using System.Text.RegularExpressions;
using FactCheck.Extraction;
using FactCheck.Tests.Support;
using NetArchTest.Rules;

namespace FactCheck.Tests.Architecture;

/// <summary>
/// Dependencies in FactCheck.Core point one way: no namespace cycle, and no reference against the
/// layering table (docs/architecture.md). Read from the compiled assembly, so a wrong-way reference
/// fails here, naming the types that make it.
/// </summary>
public sealed class DependencyTests
{
    private static readonly System.Reflection.Assembly Core = typeof(Claim).Assembly;
    private static readonly NamespaceGraph Graph = NamespaceGraph.Of(Core, "FactCheck.");

    [Test]
    public void CoreHasNoNamespaceCycle()
    {
        var cycles = Graph.Cycles();
        Assert.That(cycles, Has.Count.Zero, $"{cycles.Count} namespace cycles in FactCheck.Core:{Environment.NewLine}{string.Join(Environment.NewLine, cycles)}");
    }

    [Test]
    public void EveryReferenceBetweenNamespaces_IsOneTheLayeringAllows()
    {
        var wrongWay = Graph.Namespaces
            .SelectMany(from => Graph.DependenciesOf(from).Where(to => !Layering.Allows(from, to.Key))
                .Select(to => $"{from} -> {to.Key}: {to.Value}"))
            .ToList();
        Assert.That(wrongWay, Has.Count.Zero, $"{wrongWay.Count} references against the layering (tests/FactCheck.Tests/Architecture/Layering.cs):{Environment.NewLine}{string.Join(Environment.NewLine, wrongWay)}");
    }

    [Test]
    public void EveryNamespaceOfCore_HasARowInTheLayering()
    {
        var missing = Graph.Namespaces.Where(ns => Layering.RowOf(ns) is null).ToList();
        Assert.That(missing, Is.Empty, "namespaces with no row in Layering.Table (add one, and to docs/architecture.md)");
    }

    [Test]
    public void TheGraph_SeesReferencesInSignaturesAndMethodBodies()
    {
        // Known references, so a reader that found nothing could not pass the two tests above.
        Assert.That(Graph.DependenciesOf("FactCheck.Pipeline").Keys, Is.SupersetOf(new[] { "FactCheck.Extraction", "FactCheck.Rules", "FactCheck.Store" }));
        Assert.That(Graph.DependenciesOf("FactCheck.Extraction.Extractor").Keys, Does.Contain("FactCheck.Extraction.Quotes"));
    }

    [Test]
    public void Core_DoesNotReferenceTheCommandLine_TheReviewServer_OrTheGenerator()
    {
        var result = Types.InAssembly(Core).ShouldNot()
            .HaveDependencyOnAny("FactCheck.Cli", "FactCheck.ReviewServer", "FactCheck.Synthetic").GetResult();
        Assert.That(result.IsSuccessful, Is.True, "Core types referencing an outer project: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Test]
    public void TheArchitecturePage_ShowsTheSameTableAsTheTest()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "architecture.md"));
        var rows = Regex.Matches(page, @"^\| `(?<ns>[A-Za-z.*]+)` \| (?<deps>[^|]*)\|", RegexOptions.Multiline)
            .Select(m => (m.Groups["ns"].Value, Regex.Matches(m.Groups["deps"].Value, "`([^`]+)`").Select(d => d.Groups[1].Value).ToArray()))
            .ToList();
        Assert.That(rows.Select(Describe), Is.EqualTo(Layering.Table.Select(Describe)),
            "docs/architecture.md's table must list Layering.Table's rows, in order");
    }

    private static string Describe((string Namespace, string[] MayDependOn) row) => $"{row.Namespace}: {string.Join(", ", row.MayDependOn)}";
}
