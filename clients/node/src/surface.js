// The Azure-shaped methods of the client, made from the services' descriptors:
// begin… (a poller) and begin…AndWait for each RPC answering a long-running
// Operation, a pager for each List RPC; and, for one subscription, the calls
// that take the ids (resource group, gallery, image, version) as
// @azure/arm-compute's operation groups do.
import { OperationPoller, pollerFrom } from "./lro.js";
import { galleryName, imageDefinitionName, imageVersionName, resourceGroupName } from "./names.js";
import { pager } from "./paging.js";

const OPERATION = "google.longrunning.Operation";

/** begin<Rpc>, begin<Rpc>AndWait and list<Rpc> of every service of `client`
 * (`services`: [client key, service descriptor] pairs), pollerFrom and subscription. */
export function azureSurface(client, services) {
  const surface = {
    pollerFrom: (operationName, options) => pollerFrom(client, operationName, options),
    subscription: (subscriptionId) => subscriptionClient(client, subscriptionId),
  };
  for (const [key, service] of services) {
    for (const method of service.methods) {
      const call = client[key][method.localName];
      if (method.output.typeName === OPERATION && method.name !== "WaitOperation" && method.name !== "GetOperation") {
        const begin = beginner(client, call);
        surface[`begin${method.name}`] = begin;
        surface[`begin${method.name}AndWait`] = async (request, options = {}) =>
          (await begin(request, options)).pollUntilDone({ abortSignal: options.abortSignal });
      } else if (method.name.startsWith("List") && method.methodKind === "unary") {
        surface[method.localName] = (request, options) => pager(call, method, request, options);
      }
    }
  }
  return surface;
}

/** begin<Rpc>(request or the resource's name, options): the call, then a poller of its operation. */
function beginner(client, call) {
  return async (request, { resumeFrom, abortSignal, ...options } = {}) => {
    if (resumeFrom) return pollerFrom(client, resumeFrom, options);
    const message = typeof request === "string" ? { name: request } : request;
    return new OperationPoller(client, await call(message, { signal: abortSignal }), options);
  };
}

// The resources that take ids, each as an @azure/arm-compute operation group:
// how many ids name one, its service and RPCs, and how its name and parent are spelled.
const GROUPS = [
  { group: "galleries", ids: 2, service: "galleries", type: "Gallery", plural: "Galleries", list: "listByResourceGroup", name: galleryName, parent: resourceGroupName },
  { group: "galleryImages", ids: 3, service: "definitions", type: "ImageDefinition", plural: "ImageDefinitions", list: "listByGallery", name: imageDefinitionName, parent: galleryName },
  { group: "galleryImageVersions", ids: 4, service: "versions", type: "ImageVersion", plural: "ImageVersions", list: "listByGalleryImage", name: imageVersionName, parent: imageDefinitionName, longRunning: true },
];

const lowerFirst = (s) => s[0].toLowerCase() + s.slice(1);

/** The ids surface of one subscription: galleries, galleryImages, galleryImageVersions. */
export function subscriptionClient(client, subscriptionId) {
  return Object.fromEntries(GROUPS.map((spec) => [spec.group, operationGroup(client, subscriptionId, spec)]));
}

function operationGroup(client, subscriptionId, { ids, service, type, plural, list, name, parent, longRunning }) {
  const field = lowerFirst(type);
  const nameOf = (idArgs) => name(subscriptionId, ...idArgs);
  const parentOf = (idArgs) => parent(subscriptionId, ...idArgs.slice(0, -1));
  // The args of a call: the ids, then what follows them.
  const split = (args, n = ids) => [args.slice(0, n), ...args.slice(n)];
  const callOptions = (options = {}) => ({ signal: options.abortSignal, timeoutMs: options.timeoutMs });
  // A write: begin<Verb> (a poller of the RPC's operation) and begin<Verb>AndWait
  // for a long-running resource, else <verb> (the RPC's answer).
  const writes = (verb, rpc, toRequest) => {
    if (!longRunning) return { [lowerFirst(verb)]: (...args) => client[service][lowerFirst(rpc)](...toRequest(args)) };
    return {
      [`begin${verb}`]: (...args) => client[`begin${rpc}`](...toRequest(args)),
      [`begin${verb}AndWait`]: (...args) => client[`begin${rpc}AndWait`](...toRequest(args)),
    };
  };
  const options = longRunning ? (o) => o : callOptions;
  const group = {
    get: (...args) => {
      const [idArgs, request, o] = split(args);
      return client[service][`get${type}`]({ ...request, name: nameOf(idArgs) }, callOptions(o));
    },
    [list]: (...args) => {
      const [idArgs, request, o] = split(args, ids - 1);
      return client[`list${plural}`]({ ...request, parent: parent(subscriptionId, ...idArgs) }, callOptions(o));
    },
    ...writes("Create", `Create${type}`, (args) => {
      const [idArgs, resource, o] = split(args);
      return [{ parent: parentOf(idArgs), [`${field}Id`]: idArgs.at(-1), [field]: resource }, options(o)];
    }),
    ...writes("Update", `Update${type}`, (args) => {
      const [idArgs, resource, o = {}] = split(args);
      const { updateMask, ...rest } = o;
      return [{ [field]: { ...resource, name: nameOf(idArgs) }, updateMask }, options(rest)];
    }),
    ...writes("Delete", `Delete${type}`, (args) => {
      const [idArgs, o = {}] = split(args);
      const { etag, force, ...rest } = o;
      return [{ name: nameOf(idArgs), etag, force }, options(rest)];
    }),
  };
  if (longRunning) {
    group.getLatest = (...args) => {
      const [idArgs, request, o] = split(args, ids - 1);
      return client.versions.getLatestImageVersion({ ...request, parent: parent(subscriptionId, ...idArgs) }, callOptions(o));
    };
    Object.assign(group, writes("RetryReplication", "RetryImageVersionReplication", (args) => {
      const [idArgs, o] = split(args);
      return [{ name: nameOf(idArgs) }, o];
    }));
  }
  return group;
}
