using Microsoft.Playwright;

namespace FactCheck.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright: `.ci/run` installs it with apt-get; nothing is downloaded.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            Assert.Fail($"{ExecutablePath} not found: browser tests need Debian's Chromium (apt-get install -y chromium; .ci/run does this)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        return (playwright, browser);
    }
}
