using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;

#pragma warning disable EF1001 // Raw SQL roots are EF internals; a query built on one cannot be moved between providers.

namespace Focus.Quality.IntegrationTests.Persistence.SqlServerQueries;

/// <summary>
/// Points a query recorded on a SQLite context at the same entities of the SQL Server model. Raw SQL is written per
/// provider, so a query built on it cannot be moved; <see cref="HasRawSql"/> says so and it is checked on its own.
/// </summary>
internal sealed class SqlServerRoots(IModel sqlServerModel) : ExpressionVisitor
{
    public bool HasRawSql { get; private set; }

    protected override Expression VisitExtension(Expression node)
    {
        switch (node)
        {
            case FromSqlQueryRootExpression or SqlQueryRootExpression:
                HasRawSql = true;
                return node;
            case EntityQueryRootExpression root:
                return new EntityQueryRootExpression(sqlServerModel.FindEntityType(root.EntityType.Name)
                    ?? throw new InvalidOperationException($"The SQL Server model has no {root.EntityType.Name}."));
            default:
                return base.VisitExtension(node);
        }
    }
}
