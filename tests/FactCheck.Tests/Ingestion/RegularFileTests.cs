using System.Diagnostics;
using FactCheck.Ingestion;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Ingestion;

/// <summary>Only regular files are read: links are followed, then devices, pipes and sockets are refused unopened.</summary>
public sealed class RegularFileTests
{
    private TemporaryDirectory _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryDirectory();

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    [TestCase("/dev/zero", "a character device")]
    [TestCase("/dev/urandom", "a character device")]
    [TestCase("/dev/null", "a character device")]
    public void Problem_LinkToADevice_SaysItIsNotARegularFile(string device, string kind)
    {
        Assume.That(OperatingSystem.IsLinux(), "device types are read with statx");
        var link = _folder.File("article.txt");
        File.CreateSymbolicLink(link, device);
        Assert.That(RegularFile.Problem(link), Is.EqualTo($"not a regular file ({kind}); skipped"));
    }

    [Test]
    public void Problem_NamedPipe_SaysItIsNotARegularFile()
    {
        var pipe = _folder.File("article.txt");
        MakeFifo(pipe);
        Assert.That(RegularFile.Problem(pipe), Does.StartWith("not a regular file (a named pipe"));
    }

    [Test]
    public void Problem_LinkToARegularFile_IsNone()
    {
        File.WriteAllText(_folder.File("real.txt"), "Officials said 9 people were injured in Kyiv.");
        File.CreateSymbolicLink(_folder.File("link.txt"), _folder.File("real.txt"));
        Assert.That(RegularFile.Problem(_folder.File("link.txt")), Is.Null);
    }

    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo failed");
    }
}
