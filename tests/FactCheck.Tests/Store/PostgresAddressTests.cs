using FactCheck.Store;

namespace FactCheck.Tests.Store;

public sealed class PostgresAddressTests
{
    [TestCase("postgres://ana:s%40cret@db.example.org:6543/desk", "db.example.org", 6543, "ana", "s@cret", "desk")]
    [TestCase("postgresql://ana@localhost/desk", "localhost", 5432, "ana", null, "desk")]
    [TestCase("postgres://[::1]:5433/desk", "::1", 5433, null, null, "desk")]
    public void Parse_ReadsTheUriParts(string uri, string host, int port, string? user, string? password, string database)
    {
        var settings = PostgresAddress.Parse(uri).Settings;
        Assert.That((settings.Host, settings.Port, settings.Username, settings.Password, settings.Database),
            Is.EqualTo((host, port, user, password, database)));
    }

    [Test]
    public void Parse_PassesQueryOptionsThrough()
    {
        var settings = PostgresAddress.Parse("postgres://ana@db/desk?sslmode=require&application_name=factcheck&Timeout=5").Settings;
        Assert.That((settings.SslMode, settings.ApplicationName, settings.Timeout), Is.EqualTo((Npgsql.SslMode.Require, "factcheck", 5)));
    }

    [TestCase("postgres://ana:s3cret@db:5432/desk", "postgres://ana@db:5432/desk")]
    [TestCase("postgres://ana:s3cret@db/desk?password=s3cret&sslmode=require", "postgres://ana@db/desk?sslmode=require")]
    [TestCase("postgres://db/desk", "postgres://db/desk")]
    public void Shown_LeavesThePasswordOut(string uri, string shown) =>
        Assert.That(PostgresAddress.Parse(uri).Shown, Is.EqualTo(shown));

    [Test]
    public void Parse_BadPort_NamesTheUriWithoutItsPassword()
    {
        var error = Assert.Throws<InvalidDataException>(() => PostgresAddress.Parse("postgres://ana:s3cret@db:http/desk"))!;
        Assert.That(error.Message, Does.Contain("postgres://ana@db:http/desk").And.Contain("port").And.Not.Contain("s3cret"));
    }

    [TestCase("factcheck.db", false)]
    [TestCase("POSTGRES://db/desk", true)]
    [TestCase("postgresql://db/desk", true)]
    [TestCase("./postgres/desk.db", false)]
    public void IsAddress_TellsAUriFromAFile(string spec, bool address) => Assert.That(PostgresAddress.IsAddress(spec), Is.EqualTo(address));
}
