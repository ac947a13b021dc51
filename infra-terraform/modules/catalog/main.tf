locals {
  roles = toset(["citizen", "staff", "screener", "handler", "inspector", "admin", "scheduler", "leader"])

  functions = {
    for name, f in local.catalog : name => {
      name        = name
      lambda_name = "suishoupai-${var.environment}-${name}"
      description = f.description
      memory_mb   = lookup(var.memory_mb, name, f.memory_mb)
      timeout_s   = lookup(var.timeout_s, name, f.timeout_s)
      s3_actions  = f.s3_actions
      artifact    = "${var.artifact_root}/functions/${name}/target/function.zip"
      runtime     = var.package_type == "jvm" ? "java17" : "provided.al2023"
      handler     = var.package_type == "jvm" ? "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest" : "bootstrap"
      snap_start  = var.package_type == "jvm"
      route_keys  = sort(keys(f.routes))
    }
  }

  routes = merge([
    for name, f in local.catalog : {
      for key, roles in f.routes : key => {
        function = name
        roles    = roles
        public   = length(roles) == 0
      }
    }
  ]...)

  route_count = sum([for f in local.catalog : length(f.routes)])
}

check "catalogue_is_consistent" {
  assert {
    condition     = length(local.routes) == local.route_count
    error_message = "Two functions claim the same route."
  }
  assert {
    condition     = alltrue([for r in values(local.routes) : alltrue([for role in r.roles : contains(local.roles, role)])])
    error_message = "A route names a role that does not exist."
  }
  assert {
    condition     = alltrue([for k in keys(local.routes) : can(regex("^(GET|POST) /[a-z0-9{}+./-]+$", k))])
    error_message = "Route keys are 'GET /path' or 'POST /path'."
  }
}
