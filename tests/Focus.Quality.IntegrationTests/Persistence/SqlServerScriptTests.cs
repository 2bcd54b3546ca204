using Focus.Quality.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Focus.Quality.IntegrationTests.Persistence;

/// <summary>No SQL Server runs here, so its migrations are checked offline: every module's script must be valid T-SQL.</summary>
public sealed class SqlServerScriptTests
{
    private static readonly string[] ExpectedSchemas = ["intake", "handling", "objections", "reporting", "rules", "identity"];

    [Fact]
    public void Every_module_has_a_SQL_Server_script_that_parses_without_errors()
    {
        using var services = ModuleServices.For(DatabaseProvider.SqlServer);
        var databases = services.GetServices<IModuleDatabase>().ToList();

        Assert.Equal(ExpectedSchemas.Order(), databases.Select(d => d.Schema).Order());
        foreach (var database in databases)
        {
            var script = database.GenerateMigrationScript();
            var parser = new TSql160Parser(initialQuotedIdentifiers: true);
            parser.Parse(new StringReader(script), out var errors);

            Assert.True(errors.Count == 0, $"{database.Schema}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}");
            Assert.Contains($"CREATE TABLE [{database.Schema}].", script, StringComparison.Ordinal);
            Assert.Contains($"[{database.Schema}].[__EFMigrationsHistory]", script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_parser_does_report_broken_SQL() // guards the test above against a parser that accepts anything
    {
        new TSql160Parser(true).Parse(new StringReader("CREATE TABLE [x].[y] ([Id] int NOT NULL PRIMARY KEY"), out var errors);

        Assert.NotEmpty(errors);
    }
}
