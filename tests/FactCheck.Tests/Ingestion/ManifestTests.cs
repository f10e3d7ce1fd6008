using FactCheck.Diagnostics;
using FactCheck.Ingestion;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Ingestion;

/// <summary>A manifest that cannot be read as a file is reported and ignored; the documents beside it are still read.</summary>
public sealed class ManifestTests
{
    [Test]
    public void Load_NamedPipe_IsIgnoredWithAWarningInsteadOfWaitingForAWriter()
    {
        using var folder = new TemporaryDirectory();
        RegularFileTests.MakeFifo(folder.File(Manifest.FileName));
        var warnings = new WarningCollector();

        // Run aside: before the mend the read waited for a writer that never comes.
        var load = Task.Run(() => Manifest.Load(folder.Path, warnings));
        var finished = load.Wait(TimeSpan.FromSeconds(30));
        if (!finished) File.WriteAllText(folder.File(Manifest.FileName), "{}");
        Assert.That(finished, Is.True, "manifest.json as a named pipe held the load up");

        Assert.That(load.Result, Is.Empty);
        var warning = warnings.Warnings.Single();
        Assert.That((warning.Path, warning.Problem), Is.EqualTo((folder.File(Manifest.FileName), "not a regular file (a named pipe); ignored")));
    }

    [Test]
    public void Load_LinkToADevice_IsIgnoredWithAWarning()
    {
        Assume.That(OperatingSystem.IsLinux(), "device types are read with statx");
        using var folder = new TemporaryDirectory();
        File.CreateSymbolicLink(folder.File(Manifest.FileName), "/dev/zero");
        var warnings = new WarningCollector();
        Assert.That(Manifest.Load(folder.Path, warnings), Is.Empty);
        Assert.That(warnings.Warnings.Single().Problem, Is.EqualTo("not a regular file (a character device); ignored"));
    }
}
