using BenchmarkDotNet.Running;

// A benchmark that throws is reported by BenchmarkDotNet but does not fail the process; CI must see it fail.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(FriendshipUnion.Domain.Benchmarks.TermLookupBenchmarks).Assembly).Run(args);
var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
return failed ? 1 : 0;
