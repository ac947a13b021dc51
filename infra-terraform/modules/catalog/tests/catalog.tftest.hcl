# Offline tests of the catalogue (no provider needed): `terraform init && terraform test` in modules/catalog.

run "defaults_describe_six_jvm_functions" {
  command = apply

  assert {
    condition     = length(output.functions) == 6
    error_message = "The catalogue should describe the six function modules."
  }
  assert {
    condition     = alltrue([for f in values(output.functions) : f.runtime == "java17" && f.snap_start])
    error_message = "JVM packaging should use the java17 runtime with SnapStart."
  }
  assert {
    condition     = output.functions["report-intake"].artifact == "../../functions/report-intake/target/function.zip"
    error_message = "Artifacts are the Maven modules' target/function.zip."
  }
  assert {
    condition     = output.routes["POST /submit-report"].function == "report-intake" && !output.routes["POST /submit-report"].public
    error_message = "submit-report is served by report-intake behind the JWT authorizer."
  }
  assert {
    condition     = output.routes["GET /get-case"].public && output.routes["GET /list-categories"].public
    error_message = "Public reads carry no roles."
  }
  assert {
    condition     = output.functions["reminder-scheduling"].lambda_name == "suishoupai-prod-reminder-scheduling"
    error_message = "Lambda names are suishoupai-<environment>-<function>."
  }
  assert {
    condition     = output.schedules["run-reminders"].route == "POST /run-reminders"
    error_message = "The reminder schedule calls run-reminders."
  }
}

run "every_scheduled_call_is_a_route_of_its_function" {
  command = apply

  assert {
    condition     = alltrue([for s in values(output.schedules) : output.routes[s.route].function == s.function])
    error_message = "A schedule calls a route its function does not serve."
  }
  assert {
    condition     = alltrue([for s in values(output.schedules) : contains(output.routes[s.route].roles, "scheduler")])
    error_message = "Scheduled routes must admit the scheduler role."
  }
}

run "overrides_and_native_packaging" {
  command = apply

  variables {
    environment  = "staging"
    package_type = "native"
    memory_mb    = { "status-query" = 1024 }
    timeout_s    = { "reminder-scheduling" = 25 }
  }

  assert {
    condition     = output.functions["status-query"].memory_mb == 1024 && output.functions["upload-signing"].memory_mb == 512
    error_message = "A memory override changes only its function."
  }
  assert {
    condition     = output.functions["reminder-scheduling"].timeout_s == 25
    error_message = "A timeout override applies."
  }
  assert {
    condition     = alltrue([for f in values(output.functions) : f.runtime == "provided.al2023" && f.handler == "bootstrap" && !f.snap_start])
    error_message = "Native packaging runs the bootstrap on provided.al2023, without SnapStart."
  }
}

run "rejects_too_little_memory" {
  command = plan
  variables {
    memory_mb = { "status-query" = 128 }
  }
  expect_failures = [var.memory_mb]
}

run "rejects_memory_for_an_unknown_function" {
  command = plan
  variables {
    memory_mb = { "no-such-function" = 512 }
  }
  expect_failures = [var.memory_mb]
}

run "rejects_a_timeout_past_the_http_api_limit" {
  command = plan
  variables {
    timeout_s = { "status-query" = 60 }
  }
  expect_failures = [var.timeout_s]
}

run "rejects_an_unknown_package_type" {
  command = plan
  variables {
    package_type = "docker"
  }
  expect_failures = [var.package_type]
}

run "rejects_a_bad_environment_name" {
  command = plan
  variables {
    environment = "Prod!"
  }
  expect_failures = [var.environment]
}
