using System.Text.Json.Serialization;
using Focus.Quality.Handling;
using Focus.Quality.Host.Administration;
using Focus.Quality.Host.Components;
using Focus.Quality.Host.Composition;
using Focus.Quality.Host.Identity;
using Focus.Quality.Intake;
using Focus.Quality.Objections;
using Focus.Quality.Reporting;
using Focus.Quality.Rules;
using Focus.Quality.Shared.Mail;
using Focus.Quality.Shared.Outbox;
using Focus.Quality.Shared.Persistence;
using Focus.Quality.Shared.Procedure;
using Focus.Quality.Shared.Security;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.Section));
builder.Services.Configure<ProcedureOptions>(builder.Configuration.GetSection(ProcedureOptions.Section));
builder.Services.AddOutbox(builder.Configuration);
builder.Services.AddDocumentsAndMail(builder.Configuration);

builder.Services.AddRulesModule(builder.Configuration);
builder.Services.AddIntakeModule();
builder.Services.AddHandlingModule(builder.Configuration);
builder.Services.AddObjectionsModule();
builder.Services.AddReportingModule(builder.Configuration);

builder.Services.AddFocusAuth(builder.Configuration, builder.Environment);
builder.Services.AddFocusRateLimiting(builder.Configuration);
builder.Services.AddFocusTelemetry(builder.Configuration);
builder.Services.AddLocalization();
builder.Services.AddOpenApi();
// Choices by name only: a number ("2") would reach values nobody offered, such as a staff complaint "via the web form".
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.Configure<IdleCircuitOptions>(builder.Configuration.GetSection(IdleCircuitOptions.Section));
// An opaque message keeps its text at the palette's contrast; MudBlazor's default 95% lets the page shine through.
builder.Services.AddMudServices(mud => mud.SnackbarConfiguration.MaximumOpacity = 100);

builder.Services.AddFocusHardening();
builder.Services.AddFocusAdministration();

var app = builder.Build();

// `--sql-scripts <folder>` writes the DDL for a DBA instead of starting (use with Database:Provider=SqlServer).
if (app.Configuration["sql-scripts"] is { Length: > 0 } scriptFolder)
{
    await app.Services.WriteMigrationScriptsAsync(scriptFolder);
    return;
}

await app.Services.MigrateModuleDatabasesAsync();
await app.Services.InitializeRulesAsync();
await DemoUsers.SeedAsync(app.Services);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/fout", createScopeForErrors: true);
    app.UseHsts();
}

app.UseFocusHardening();
app.UseNotFoundPage();
// Explicitly after the not-found page, so its re-executed request is routed again to the page's endpoint.
app.UseRouting();

app.UseFocusLocalization();
app.UseAuthentication();
app.UseCurrentCredentials();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapCultureSwitch();
app.MapUnknownAddresses();
app.MapAccountEndpoints();
app.MapOpenApi().RequireAuthorization(AppPolicies.Staff);
var api = app.MapGroup("/api");
api.MapIntakeEndpoints();
api.MapHandlingEndpoints();
api.MapObjectionsEndpoints();
api.MapRulesModuleEndpoints();
api.MapReportingEndpoints();
api.MapAdministrationEndpoints();
app.MapHandlingPortal();
app.MapRulesModuleRedirects();
app.MapRazorComponents<App>()
    // Our own CSP already says frame-ancestors 'none'; Blazor's default second policy would only be weaker.
    .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null)
    .AddAdditionalAssemblies(ModuleAssemblies.WithScreens);

await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
