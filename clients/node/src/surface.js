// The Azure-shaped methods of the client, made from the services' descriptors:
// begin… (a poller) and begin…AndWait for each RPC answering a long-running
// Operation, a pager for each List RPC; and, for one subscription, the calls
// that take the ids (resource group, gallery, image, version) as
// @azure/arm-compute's operation groups do.
import { OperationPoller, pollerFrom } from "./lro.js";
import { galleryName, imageDefinitionName, imageVersionName, resourceGroupName } from "./names.js";
import { pager } from "./paging.js";

const OPERATION = "google.longrunning.Operation";
const OPERATIONS = "google.longrunning.Operations"; // its Get and Wait answer an Operation too

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
      if (method.output.typeName === OPERATION && service.typeName !== OPERATIONS) {
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

// The options of a call that are not fields of its request.
const CALL_OPTIONS = new Set(["abortSignal", "timeoutMs", "updateIntervalInMs", "onRetry", "resumeFrom"]);

/** A call's args — (ids…, body?, options?) — apart: the ids, the body, the
 * options that are request fields (view, updateMask, etag…) and the rest. */
function apart(args, ids, withBody) {
  const entries = Object.entries(args[withBody ? ids + 1 : ids] ?? {});
  return {
    idArgs: args.slice(0, ids),
    body: withBody ? args[ids] : undefined,
    fields: Object.fromEntries(entries.filter(([key]) => !CALL_OPTIONS.has(key))),
    options: Object.fromEntries(entries.filter(([key]) => CALL_OPTIONS.has(key))),
  };
}

const connectOptions = ({ abortSignal, timeoutMs }) => ({ signal: abortSignal, timeoutMs });

/** The ids surface of one subscription: galleries, galleryImages, galleryImageVersions. */
export function subscriptionClient(client, subscriptionId) {
  return Object.fromEntries(GROUPS.map((spec) => [spec.group, operationGroup(client, subscriptionId, spec)]));
}

function operationGroup(client, subscriptionId, { ids, service, type, plural, list, name, parent, longRunning }) {
  const field = lowerFirst(type);
  const nameOf = (idArgs) => name(subscriptionId, ...idArgs);
  const parentOf = (idArgs) => parent(subscriptionId, ...idArgs.slice(0, ids - 1));
  // A read: the RPC of the service, its request made from the args.
  const read = (n, rpc, toRequest) => (...args) => {
    const { idArgs, fields, options } = apart(args, n, false);
    return rpc({ ...fields, ...toRequest(idArgs) }, connectOptions(options));
  };
  // A write: begin<Verb> (a poller) and begin<Verb>AndWait for a long-running
  // resource, else <verb> (the RPC's answer).
  const write = (verb, rpc, withBody, toRequest) => {
    const requestOf = (args) => {
      const { idArgs, body, fields, options } = apart(args, ids, withBody);
      return [{ ...fields, ...toRequest(idArgs, body) }, options];
    };
    if (!longRunning) {
      return {
        [lowerFirst(verb)]: (...args) => {
          const [request, options] = requestOf(args);
          return client[service][lowerFirst(rpc)](request, connectOptions(options));
        },
      };
    }
    return {
      [`begin${verb}`]: (...args) => client[`begin${rpc}`](...requestOf(args)),
      [`begin${verb}AndWait`]: (...args) => client[`begin${rpc}AndWait`](...requestOf(args)),
    };
  };
  const named = (idArgs) => ({ name: nameOf(idArgs) });
  const group = {
    get: read(ids, client[service][`get${type}`], named),
    [list]: read(ids - 1, client[`list${plural}`], (idArgs) => ({ parent: parent(subscriptionId, ...idArgs) })),
    ...write("Create", `Create${type}`, true, (idArgs, body) => ({ parent: parentOf(idArgs), [`${field}Id`]: idArgs.at(-1), [field]: body })),
    ...write("Update", `Update${type}`, true, (idArgs, body) => ({ [field]: { ...body, ...named(idArgs) } })),
    ...write("Delete", `Delete${type}`, false, named),
  };
  if (!longRunning) return group;
  return {
    ...group,
    getLatest: read(ids - 1, client.versions.getLatestImageVersion, (idArgs) => ({ parent: parent(subscriptionId, ...idArgs) })),
    ...write("RetryReplication", "RetryImageVersionReplication", false, named),
  };
}
