variable "environment" {
  description = "Deployment name, used in every resource name (prod, staging, …)."
  type        = string
  default     = "prod"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,15}$", var.environment))
    error_message = "environment must be 2-16 lowercase letters, digits or dashes, starting with a letter."
  }
}

variable "package_type" {
  description = "jvm (Java runtime with SnapStart, target/function.zip) or native (provided.al2023 bootstrap)."
  type        = string
  default     = "jvm"

  validation {
    condition     = contains(["jvm", "native"], var.package_type)
    error_message = "package_type must be jvm or native."
  }
}

variable "memory_mb" {
  description = "Per-function memory overrides (MB), keyed by function name."
  type        = map(number)
  default     = {}

  validation {
    condition     = alltrue([for name, mb in var.memory_mb : mb >= 256 && mb <= 10240 && floor(mb) == mb])
    error_message = "memory_mb values must be whole numbers from 256 to 10240 (a JVM function needs at least 256)."
  }
  validation {
    condition     = alltrue([for name in keys(var.memory_mb) : contains(keys(local.catalog), name)])
    error_message = "memory_mb names a function that is not in the catalogue."
  }
}

variable "timeout_s" {
  description = "Per-function timeout overrides (seconds), keyed by function name."
  type        = map(number)
  default     = {}

  validation {
    # API Gateway HTTP APIs wait at most 30 s for an integration
    condition     = alltrue([for name, s in var.timeout_s : s >= 3 && s <= 30 && floor(s) == s])
    error_message = "timeout_s values must be whole seconds from 3 to 30 (the HTTP API's integration limit)."
  }
  validation {
    condition     = alltrue([for name in keys(var.timeout_s) : contains(keys(local.catalog), name)])
    error_message = "timeout_s names a function that is not in the catalogue."
  }
}

variable "artifact_root" {
  description = "Where the built Maven tree is, relative to the caller: artifacts are <root>/functions/<name>/target/function.zip."
  type        = string
  default     = "../.."

  validation {
    condition     = length(var.artifact_root) > 0 && !endswith(var.artifact_root, "/")
    error_message = "artifact_root must be a path without a trailing slash."
  }
}
