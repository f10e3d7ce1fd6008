namespace FactCheck.Tests.Architecture
{
    /// <summary>The cycle finder and the layering rules on small cases, so a clean Core proves something.</summary>
    public sealed class NamespaceGraphTests
    {
        private static readonly NamespaceGraph Samples = NamespaceGraph.Of(typeof(NamespaceGraphTests).Assembly, "FactCheck.Tests.Architecture.Samples.");

        [Test]
        public void TwoNamespacesUsingEachOther_AreACycle_NamedWithATypeOnEachEdge()
        {
            var cycle = Samples.Cycles().Single();
            Assert.That(cycle, Does.StartWith("FactCheck.Tests.Architecture.Samples.Kinds -> FactCheck.Tests.Architecture.Samples.Registry -> FactCheck.Tests.Architecture.Samples.Kinds"));
            Assert.That(cycle, Does.Contain("Samples.Kinds.SampleKind uses FactCheck.Tests.Architecture.Samples.Registry.SampleRegistry"));
            Assert.That(cycle, Does.Contain("Samples.Registry.SampleRegistry uses FactCheck.Tests.Architecture.Samples.Kinds.SampleKind"));
        }

        [Test]
        public void AOneWayReference_IsNoCycle() =>
            Assert.That(Samples.DependenciesOf("FactCheck.Tests.Architecture.Samples.Leaf").Keys, Is.Empty);

        [TestCase("FactCheck.Rules.Revision", "FactCheck.Rules", true)]
        [TestCase("FactCheck.Rules", "FactCheck.Rules.Revision", false)]
        [TestCase("FactCheck.Rules.Revision", "FactCheck.Rules.Pairing", true)]
        [TestCase("FactCheck.Extraction", "FactCheck.Store", false)]
        [TestCase("FactCheck.Extraction.Quotes", "FactCheck.Extraction.Extractor", false)]
        [TestCase("FactCheck.Ingestion", "FactCheck.Pipeline", false)]
        [TestCase("FactCheck.Review", "FactCheck.Store", false)]
        [TestCase("FactCheck.Store", "FactCheck.Review", true)]
        [TestCase("FactCheck.Pipeline", "FactCheck.Rules.Revision", true)]
        public void TheLayering_SaysWhoMayUseWhom(string from, string to, bool allowed) =>
            Assert.That(Layering.Allows(from, to), Is.EqualTo(allowed));
    }
}

// Types for the cases above: a registry naming a kind that uses the registry, and one namespace used one way.
namespace FactCheck.Tests.Architecture.Samples.Registry
{
    internal static class SampleRegistry
    {
        public static object Default() => new Kinds.SampleKind();
    }
}

namespace FactCheck.Tests.Architecture.Samples.Kinds
{
    internal sealed class SampleKind
    {
        public Leaf.SampleLeaf Leaf { get; } = new();
        public static string Registered() => Registry.SampleRegistry.Default().ToString() ?? "";
    }
}

namespace FactCheck.Tests.Architecture.Samples.Leaf
{
    internal sealed class SampleLeaf;
}
