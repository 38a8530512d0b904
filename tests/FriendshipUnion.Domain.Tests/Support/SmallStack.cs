namespace FriendshipUnion.Domain.Tests.Support;

/// <summary>Runs code on a thread with a 1 MB stack, as a thread-pool thread has, so that recursion whose depth
/// follows the input shows up as the crash it would be in a host.</summary>
internal static class SmallStack
{
    internal const int Size = 1024 * 1024;

    internal static T Run<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            },
            Size);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return result;
    }
}
