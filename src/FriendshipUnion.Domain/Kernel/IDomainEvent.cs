namespace FriendshipUnion.Domain.Kernel;

/// <summary>
/// Something that happened to an aggregate, recorded by the behaviour method that made it happen. Aggregates keep
/// their events until the caller takes them (for example to publish or persist them); the library itself never
/// dispatches them.
/// </summary>
public interface IDomainEvent
{
}
