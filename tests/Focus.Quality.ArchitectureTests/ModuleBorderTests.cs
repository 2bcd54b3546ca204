using Architecture = ArchUnitNET.Domain.Architecture;
using Assembly = System.Reflection.Assembly;
using Type = System.Type;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using Focus.Quality.Handling;
using Focus.Quality.Handling.Contracts;
using Focus.Quality.Intake;
using Focus.Quality.Intake.Contracts;
using Focus.Quality.Objections;
using Focus.Quality.Reporting;
using Focus.Quality.Rules;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Events;
using Microsoft.AspNetCore.Components;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Focus.Quality.ArchitectureTests;

/// <summary>The borders of the modular monolith, checked on the compiled assemblies. Every selection must be non-empty.</summary>
public sealed class ModuleBorderTests
{
    public static TheoryData<string> ModuleNames => new(Modules.Select(m => m.Name));

    private static readonly Module[] Modules =
    [
        new("Intake", typeof(IntakeModule), typeof(ComplaintRegistered).Assembly),
        new("Handling", typeof(HandlingModule), typeof(ComplaintAcknowledged).Assembly),
        new("Objections", typeof(ObjectionsModule), Assembly.Load("Focus.Quality.Objections.Contracts")),
        new("Reporting", typeof(ReportingModule), Assembly.Load("Focus.Quality.Reporting.Contracts")),
        new("Rules", typeof(RulesModule), typeof(ITermRules).Assembly),
    ];

    private static readonly Assembly SharedAssembly = typeof(IIntegrationEvent).Assembly;
    private static readonly Assembly HostAssembly = typeof(Program).Assembly;

    internal static readonly Architecture Architecture = new ArchLoader()
        .LoadAssemblies([HostAssembly, SharedAssembly, .. Modules.Select(m => m.Implementation), .. Modules.Select(m => m.Contracts)])
        .Build();

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Module_internals_are_internal_except_the_entry_class_and_razor_components_which_Blazor_requires_public(string name)
    {
        var module = Find(name);
        var internals = Types().That().ResideInAssembly(module.Implementation)
            .And().AreNot(module.EntryClass)
            .And().AreNotAssignableTo(typeof(IComponent))
            .And().DoNotHaveName("_Imports"); // the Razor compiler emits _Imports.razor as a public class too

        Assert.NotEmpty(internals.GetObjects(Architecture));
        internals.Should().NotBePublic().Check(Architecture);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_depends_on_no_other_module_implementation(string name)
    {
        var module = Find(name);
        var moduleTypes = Types().That().ResideInAssembly(module.Implementation);
        Assert.NotEmpty(moduleTypes.GetObjects(Architecture));

        foreach (var other in Modules.Where(m => m != module))
        {
            var otherImplementation = Types().That().ResideInAssembly(other.Implementation);
            Assert.NotEmpty(otherImplementation.GetObjects(Architecture));
            moduleTypes.Should().NotDependOnAny(otherImplementation).Check(Architecture);
        }
    }

    [Fact]
    public void The_host_uses_a_module_only_through_its_entry_class_and_contracts()
    {
        var host = Types().That().ResideInAssembly(HostAssembly);
        Assert.NotEmpty(host.GetObjects(Architecture));

        foreach (var module in Modules)
        {
            var internals = Types().That().ResideInAssembly(module.Implementation).And().AreNot(module.EntryClass);
            Assert.NotEmpty(internals.GetObjects(Architecture));
            host.Should().NotDependOnAny(internals).Check(Architecture);
        }
    }

    [Fact]
    public void Contracts_depend_only_on_contracts_the_shared_kernel_and_the_base_library()
    {
        var contracts = Types().That().ResideInAssembly(Modules[0].Contracts, [.. Modules.Skip(1).Select(m => m.Contracts)]);
        Assert.NotEmpty(contracts.GetObjects(Architecture));

        contracts.Should().OnlyDependOnTypesThat()
            .ResideInNamespaceMatching(@"^(System|Focus\.Quality\.Shared|Focus\.Quality\.\w+\.Contracts)(\..*)?$")
            .Check(Architecture);
    }

    [Fact]
    public void The_shared_kernel_knows_no_module()
    {
        var shared = Types().That().ResideInAssembly(SharedAssembly);
        var modules = Types().That().ResideInNamespaceMatching(@"^Focus\.Quality\.(Intake|Handling|Objections|Reporting|Rules|Host)(\..*)?$");
        Assert.NotEmpty(shared.GetObjects(Architecture));
        Assert.NotEmpty(modules.GetObjects(Architecture));

        shared.Should().NotDependOnAny(modules).Check(Architecture);
    }

    [Fact]
    public void Integration_events_are_sealed_and_public_in_contracts_or_the_kernel_mail_and_letter_services()
    {
        var events = Classes().That().ImplementInterface(typeof(IIntegrationEvent));
        Assert.NotEmpty(events.GetObjects(Architecture));

        events.Should().BeSealed().AndShould().BePublic()
            .AndShould().ResideInNamespaceMatching(@"^Focus\.Quality\.(\w+\.Contracts|Shared\.Mail|Shared\.Letters)$")
            .Check(Architecture);
    }

    private static Module Find(string name) => Modules.Single(m => m.Name == name);

    private sealed record Module(string Name, Type EntryClass, Assembly Contracts)
    {
        public Assembly Implementation => EntryClass.Assembly;
    }
}
