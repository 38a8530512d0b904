global using FriendshipUnion.Domain.Kernel;
global using FriendshipUnion.Domain.Committees;
global using FriendshipUnion.Domain.Data;
global using FriendshipUnion.Domain.Organizations;
global using FriendshipUnion.Domain.Rules;
global using FriendshipUnion.Domain.Serialization;
global using FriendshipUnion.Domain.Terms;
global using NodaTime;
