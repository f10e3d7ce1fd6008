using FactCheck.Pipeline;

namespace FactCheck.Tests.Support;

/// <summary>
/// The default pipeline, as the command line builds it. Apart from <see cref="Some"/>, whose lexicon
/// would otherwise be loaded inside tests that measure what reading a file allocates.
/// </summary>
public static class Pipelines
{
    public static FactCheckPipeline Default { get; } = new FactCheckPipelineBuilder().Build();
}
