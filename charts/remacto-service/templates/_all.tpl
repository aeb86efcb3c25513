{{/*
Everything a workload needs. A service chart's only template is
  {{ include "remacto-service.all" . }}
*/}}
{{- define "remacto-service.all" -}}
{{ include "remacto-service.configmap" . }}
---
{{ include "remacto-service.deployment" . }}
---
{{ include "remacto-service.service" . }}
{{- if .Values.ingress.enabled }}
---
{{ include "remacto-service.ingress" . }}
{{- end }}
{{- if dig "networkPolicy" "enabled" false (.Values.global | default dict) }}
---
{{ include "remacto-service.networkpolicy" . }}
{{- end }}
{{- if .Values.autoscaling.enabled }}
---
{{ include "remacto-service.hpa" . }}
{{- end }}
{{- if .Values.podDisruptionBudget.enabled }}
---
{{ include "remacto-service.pdb" . }}
{{- end }}
{{- end -}}
