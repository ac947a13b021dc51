variable "name" {
  description = "Name prefix of the schedule group and role."
  type        = string
}

variable "schedules" {
  description = "The catalogue's schedules output: name => { function, route, every }."
  type = map(object({
    function = string
    route    = string
    every    = string
  }))
}

variable "function_alias_arns" {
  description = "Function name => ARN of its live alias."
  type        = map(string)
}

variable "scheduler_token" {
  description = "A JWT with the scheduler role for the scheduled calls (long-lived; rotate with the signing key)."
  type        = string
  sensitive   = true
}

variable "timezone" {
  description = "Time zone of cron expressions (the monthly bulletin runs at 02:00 local time on the 1st)."
  type        = string
  default     = "Asia/Shanghai"
}

variable "enabled" {
  description = "Pause every schedule (false) during maintenance without destroying it."
  type        = bool
  default     = true
}
