using Focus.Quality.Bench;

// `dotnet run -c Release --project bench/Focus.Quality.Bench` measures the term rules;
// `... -- sla [N ...]` the SLA workbook (see SlaBench); `... -- sla-child ...` is one measured run of it;
// `... -- worklist [N]` the worklist over N cases (see WorklistBench); `... -- rules` advice + terms and a 300-rule publish.
switch (args.FirstOrDefault())
{
    case "sla":
        await SlaBench.RunAsync([.. args.Skip(1)]);
        break;
    case "rules":
        await RulesPublishBench.RunAsync();
        break;
    case "worklist":
        await WorklistBench.RunAsync([.. args.Skip(1)]);
        break;
    case "sla-child":
        await SlaBench.MeasureAsync([.. args.Skip(1)]);
        break;
    default:
        await TermBench.RunAsync();
        break;
}
