using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(FriendshipUnion.Domain.Benchmarks.TermLookupBenchmarks).Assembly).Run(args);
