using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace FactCheck.ReviewServer;

/// <summary>
/// Keeps the review page to the person who started it. A per-launch token, printed with the URL,
/// is exchanged once for a same-site cookie; requests naming a foreign Host (DNS rebinding) are
/// refused; state changes must come from this origin and carry the page's anti-forgery token.
/// </summary>
internal sealed class AccessGuard(string token, string antiforgeryToken)
{
    public const string CookieName = "factcheck_session";
    public const string AntiforgeryHeader = "X-FactCheck-Antiforgery";

    private readonly byte[] _token = Encoding.UTF8.GetBytes(token);
    private readonly byte[] _antiforgery = Encoding.UTF8.GetBytes(antiforgeryToken);
    private HashSet<string> _allowedHosts = [];

    public string Token => token;
    public string AntiforgeryToken => antiforgeryToken;

    /// <summary>The Host header values this server answers to, once its port is known.</summary>
    public void AllowHosts(string boundHost, int port)
    {
        var names = new[] { boundHost, "127.0.0.1", "localhost", "[::1]" };
        _allowedHosts = names.Select(name => $"{name}:{port}").ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public async Task Invoke(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";

        var request = context.Request;
        if (!_allowedHosts.Contains(request.Host.Value ?? ""))
        {
            await Refuse(context, StatusCodes.Status421MisdirectedRequest, "unknown Host header; open the address factcheck serve printed");
            return;
        }

        if (request.Query.TryGetValue("token", out var offered) && HttpMethods.IsGet(request.Method))
        {
            if (!Matches(offered.ToString(), _token))
            {
                await Refuse(context, StatusCodes.Status403Forbidden, "wrong token; open the address factcheck serve printed");
                return;
            }
            // Trade the token in the address for a cookie, so it does not linger in history or referrers.
            context.Response.Cookies.Append(CookieName, token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
            context.Response.Redirect(request.Path.Value ?? "/");
            return;
        }

        if (!request.Cookies.TryGetValue(CookieName, out var cookie) || !Matches(cookie, _token))
        {
            await Refuse(context, StatusCodes.Status401Unauthorized, "open the address (with its token) that factcheck serve printed");
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !IsSameOriginWrite(request))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "cross-site request refused");
            return;
        }
        await next(context);
    }

    private bool IsSameOriginWrite(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !_allowedHosts.Contains(origin.StartsWith("http://", StringComparison.Ordinal) ? origin[7..] : ""))
            return false;
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 && fetchSite != "same-origin") return false;
        return Matches(request.Headers[AntiforgeryHeader].ToString(), _antiforgery);
    }

    private static bool Matches(string? offered, byte[] expected) =>
        offered is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(offered), expected);

    private static Task Refuse(HttpContext context, int status, string reason)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync($"factcheck: {reason}\n");
    }

    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
}
